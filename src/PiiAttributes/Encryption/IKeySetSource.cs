#if NET
namespace Pii.Encryption
{
    /// <summary>
    /// A built-in ring, which hands the protector its keys as one <see cref="KeySet"/>: the current key and the lookup
    /// come from the same moment, and each key keeps its <see cref="System.Security.Cryptography.AesGcm"/> instances.
    /// </summary>
    internal interface IKeySetSource
    {
        /// <summary>Gets the ring's keys now.</summary>
        KeySet Keys { get; }
    }
}
#endif
