#if NET
using System;

namespace Pii.Encryption
{
    /// <summary>
    /// The keys personal data is encrypted under: AES-256 keys (32 bytes) by id. New values are encrypted under
    /// <see cref="CurrentKeyId"/>; values encrypted under an older id stay readable for as long as the ring has that id.
    /// Removing an id from the ring (and from wherever the ring loads its keys) makes every value encrypted under it
    /// unreadable for good.
    /// </summary>
    /// <remarks>
    /// Pii has no default key. <see cref="PersonalDataKeyRing"/> holds keys from configuration and
    /// <see cref="KeyTableKeyRing"/> keeps them, wrapped, in the application's database. An implementation over an
    /// external key store should load (unwrap) its keys once and answer from memory: it is asked for a key on every
    /// value read or written, and must be safe for concurrent callers. The built-in rings are faster, because they keep
    /// the AES-GCM state of each key; delegating to a <see cref="PersonalDataKeyRing"/> built at startup gets that too.
    /// </remarks>
    public interface IPersonalDataKeyRing
    {
        /// <summary>Gets the id of the key new values are encrypted under.</summary>
        /// <exception cref="InvalidOperationException">The ring has no current key (for example, it has not been loaded yet).</exception>
        string CurrentKeyId { get; }

        /// <summary>Gets the key with the given id, if the ring has it.</summary>
        /// <param name="keyId">The key id, as written in an envelope (compared ordinally).</param>
        /// <param name="key">The key's 32 bytes, when found. The caller must not change them.</param>
        /// <returns><see langword="true"/> if the ring has the key.</returns>
        bool TryGetKey(string keyId, out ReadOnlyMemory<byte> key);
    }
}
#endif
