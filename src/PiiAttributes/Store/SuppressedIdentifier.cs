using System;

namespace Pii.Store
{
    /// <summary>
    /// One entry of the suppression list: someone who asked to be erased and must not be contacted again. It holds
    /// only a keyed hash of the identifier (an e-mail address, normalized), never the identifier itself. Add a
    /// <c>DbSet&lt;SuppressedIdentifier&gt;</c> to the context to turn the list on.
    /// </summary>
    public class SuppressedIdentifier
    {
        /// <summary>Gets or sets the keyed hash of the kind and normalized identifier (43 characters); the primary key.</summary>
        public string Id { get; set; } = string.Empty;

        /// <summary>Gets or sets the kind of identifier, for example <c>EmailAddress</c>.</summary>
        public string Kind { get; set; } = string.Empty;

        /// <summary>Gets or sets when the identifier was added (UTC).</summary>
        public DateTime SuppressedAt { get; set; }
    }
}
