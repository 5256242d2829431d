namespace Pii.Redaction
{
    /// <summary>Settings for redacted views. Without a hash key, <see cref="RedactionKind.KeyedHash"/> members are erased.</summary>
    public sealed class RedactionOptions
    {
        /// <summary>Gets or sets the key for <see cref="RedactionKind.KeyedHash"/>; at least 16 bytes.</summary>
        public byte[]? HashKey { get; set; }

        /// <summary>Gets or sets the id of <see cref="HashKey"/>, written before each hash so hashes stay comparable across key rotation.</summary>
        public string? HashKeyId { get; set; }
    }
}
