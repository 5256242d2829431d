using System;

namespace Pii.Store
{
    /// <summary>
    /// One row of the key table: a data key that personal data is encrypted under, stored wrapped (encrypted) by a master
    /// key that lives outside the database. <c>Pii.Encryption.KeyTableKeyRing</c> creates the rows and, once they are stored, adds or loads them; add a
    /// <c>DbSet&lt;PersonalDataKey&gt;</c> to the context to keep them in the application's database (docs/encryption.md).
    /// Deleting a row destroys the key: every value encrypted under it can no longer be read.
    /// </summary>
    public class PersonalDataKey
    {
        /// <summary>Gets or sets the key id written into every value encrypted under the key: 1 to 64 printable ASCII characters; the primary key.</summary>
        public string Id { get; set; } = string.Empty;

        /// <summary>Gets or sets the data key, wrapped by the master key (61 bytes; the layout is in docs/encryption.md).</summary>
        public byte[] WrappedKey { get; set; } = [];

        /// <summary>Gets or sets when the key was created (UTC). The newest key is the current one, which new values are encrypted under.</summary>
        public DateTime CreatedAt { get; set; }
    }
}
