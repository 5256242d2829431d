using System;
using ComplianceRedactor = Microsoft.Extensions.Compliance.Redaction.Redactor;

namespace Pii.Compliance
{
    /// <summary>
    /// A redactor of the Microsoft.Extensions.Compliance pipeline that applies one of Pii's redaction kinds, through
    /// the same code as the generated redacted views (<see cref="Pii.Redaction.Redactor"/>). An empty value stays
    /// empty, as the pipeline's contract requires.
    /// </summary>
    public abstract class PiiRedactor : ComplianceRedactor
    {
        private protected PiiRedactor()
        {
        }

        /// <inheritdoc/>
        public override int GetRedactedLength(ReadOnlySpan<char> input) =>
            input.IsEmpty ? 0 : RedactText(input.ToString()).Length;

        /// <inheritdoc/>
        public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
        {
            if (source.IsEmpty)
            {
                return 0;
            }

            string redacted = RedactText(source.ToString());
            if (!redacted.AsSpan().TryCopyTo(destination))
            {
                throw new ArgumentException(
                    $"The destination has room for {destination.Length} characters; the redacted value needs {redacted.Length}.",
                    nameof(destination));
            }

            return redacted.Length;
        }

        /// <inheritdoc/>
        public override string Redact(string? source) =>
            string.IsNullOrEmpty(source) ? string.Empty : RedactText(source!);

        /// <summary>Redacts a non-empty value.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The redacted text.</returns>
        private protected abstract string RedactText(string value);
    }

    /// <summary>Shows every value as <c>[redacted]</c> (<see cref="RedactionKind.Erase"/>); the value is never read.</summary>
    public sealed class PiiErasingRedactor : PiiRedactor
    {
        /// <inheritdoc/>
        public override int GetRedactedLength(ReadOnlySpan<char> input) =>
            input.IsEmpty ? 0 : Pii.Redaction.Redactor.Erased.Length;

        /// <inheritdoc/>
        private protected override string RedactText(string value) => Pii.Redaction.Redactor.Erased;
    }

    /// <summary>Shows the last two characters of a value of eight or more behind <c>****</c>; a shorter value as <c>****</c> (<see cref="RedactionKind.Mask"/>).</summary>
    public sealed class PiiMaskingRedactor : PiiRedactor
    {
        /// <inheritdoc/>
        private protected override string RedactText(string value) => Pii.Redaction.Redactor.Mask(value);
    }

    /// <summary>Shows an e-mail address as its first character and its domain, <c>j***@example.com</c> (<see cref="RedactionKind.EmailMask"/>).</summary>
    public sealed class PiiEmailMaskingRedactor : PiiRedactor
    {
        /// <inheritdoc/>
        private protected override string RedactText(string value) => Pii.Redaction.Redactor.MaskEmail(value);
    }

    /// <summary>Shows an IP address with its host part zeroed, <c>203.0.113.0</c>; text that is no address as <c>****</c> (<see cref="RedactionKind.TruncateIp"/>).</summary>
    public sealed class PiiIpTruncatingRedactor : PiiRedactor
    {
        /// <inheritdoc/>
        private protected override string RedactText(string value) => Pii.Redaction.Redactor.TruncateIp(value);
    }

    /// <summary>
    /// Shows a value as <c>hmac:{key id}:{HMAC-SHA256}</c> under the current key of a <see cref="PiiHashKeyRing"/>
    /// (<see cref="RedactionKind.KeyedHash"/>), so log lines about one person can be correlated without the value.
    /// </summary>
    public sealed class PiiKeyedHashRedactor : PiiRedactor
    {
        private readonly PiiHashKeyRing _keys;

        /// <summary>Initializes a new instance of the <see cref="PiiKeyedHashRedactor"/> class.</summary>
        /// <param name="keys">The keys; new values are hashed under the current one.</param>
        public PiiKeyedHashRedactor(PiiHashKeyRing keys)
        {
            _keys = keys ?? throw new ArgumentNullException(nameof(keys));
        }

        /// <inheritdoc/>
        public override int GetRedactedLength(ReadOnlySpan<char> input) =>
            input.IsEmpty ? 0 : _keys.HashLength;

        /// <inheritdoc/>
        private protected override string RedactText(string value) => _keys.Hash(value);
    }
}
