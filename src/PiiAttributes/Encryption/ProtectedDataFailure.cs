#if NET
namespace Pii.Encryption
{
    /// <summary>Why a protected value could not be read (<see cref="ProtectedDataException.Failure"/>).</summary>
    public enum ProtectedDataFailure
    {
        /// <summary>The bytes are not a Pii envelope, or an envelope of a version this library does not read.</summary>
        NotProtected = 1,

        /// <summary>The value is encrypted under a key id the key ring does not have: the key was destroyed or not loaded.</summary>
        UnknownKey = 2,

        /// <summary>
        /// Authentication failed: the envelope was changed, or it belongs to another context (another column or entity),
        /// or the ring's key under that id is not the key it was encrypted with.
        /// </summary>
        Tampered = 3,

        /// <summary>
        /// The envelope's structure is broken (cut short, an impossible key id), or it decrypts but does not hold a value
        /// of the type asked for.
        /// </summary>
        Malformed = 4,
    }
}
#endif
