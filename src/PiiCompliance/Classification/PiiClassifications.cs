using System;
using System.Collections.Generic;
using Microsoft.Extensions.Compliance.Classification;

namespace Pii.Compliance
{
    /// <summary>
    /// The Pii taxonomy of <see cref="DataClassification"/> values. Each value names what the data is (personal or
    /// special-category) and, for personal data, how it is redacted, because the redaction pipeline picks a redactor
    /// per classification and the logging source generator takes a member's classification from the attribute's type
    /// alone: the redaction kind has to be part of the classification.
    /// </summary>
    public static class PiiClassifications
    {
        /// <summary>The taxonomy name, <c>Pii</c>.</summary>
        public const string TaxonomyName = "Pii";

        /// <summary>Gets personal data shown as <c>[redacted]</c> (<see cref="RedactionKind.Erase"/>).</summary>
        public static DataClassification Personal { get; } = new(TaxonomyName, "Personal");

        /// <summary>
        /// Gets special-category personal data (Art. 9(1) GDPR): always shown as <c>[redacted]</c>, never masked or
        /// hashed, because a partial or hashed view of a value with few possible values (a diagnosis, a religion)
        /// can be told apart.
        /// </summary>
        public static DataClassification Sensitive { get; } = new(TaxonomyName, "Sensitive");

        /// <summary>Gets personal data shown as its last two characters behind a fixed mask (<see cref="RedactionKind.Mask"/>).</summary>
        public static DataClassification Masked { get; } = new(TaxonomyName, "Personal.Mask");

        /// <summary>Gets an e-mail address shown as its first character and domain (<see cref="RedactionKind.EmailMask"/>).</summary>
        public static DataClassification EmailMasked { get; } = new(TaxonomyName, "Personal.EmailMask");

        /// <summary>Gets an IP address shown with its host part zeroed (<see cref="RedactionKind.TruncateIp"/>).</summary>
        public static DataClassification TruncatedIp { get; } = new(TaxonomyName, "Personal.TruncateIp");

        /// <summary>Gets personal data shown as an HMAC under the current key, with the key's id (<see cref="RedactionKind.KeyedHash"/>).</summary>
        public static DataClassification KeyedHash { get; } = new(TaxonomyName, "Personal.KeyedHash");

        /// <summary>Gets every classification of the taxonomy.</summary>
        public static IReadOnlyList<DataClassification> All { get; } = new[] { Personal, Sensitive, Masked, EmailMasked, TruncatedIp, KeyedHash };

        /// <summary>The classification of personal data redacted by <paramref name="kind"/>.</summary>
        /// <param name="kind">The redaction kind; <see cref="RedactionKind.Default"/> erases, as for a member of no particular category.</param>
        /// <returns>The classification.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
        public static DataClassification For(RedactionKind kind) => kind switch
        {
            RedactionKind.Default or RedactionKind.Erase => Personal,
            RedactionKind.Mask => Masked,
            RedactionKind.EmailMask => EmailMasked,
            RedactionKind.TruncateIp => TruncatedIp,
            RedactionKind.KeyedHash => KeyedHash,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a redaction kind."),
        };

        /// <summary>
        /// The classification a member tagged with <paramref name="tags"/> should carry in logs: <see cref="Sensitive"/>
        /// when any tag is a <see cref="SensitivePersonalDataAttribute"/>; otherwise the first redaction kind given on a
        /// tag, or the one its category implies (<see cref="DataCategory.EmailAddress"/> e-mail mask,
        /// <see cref="DataCategory.IpAddress"/> IP truncation, anything else erasure), as in the generated redacted view.
        /// </summary>
        /// <param name="tags">The member's tags.</param>
        /// <returns>The classification, or <see langword="null"/> when there is no tag.</returns>
        public static DataClassification? For(IEnumerable<PurposeTagAttribute> tags)
        {
            if (tags is null)
            {
                throw new ArgumentNullException(nameof(tags));
            }

            bool any = false;
            RedactionKind kind = RedactionKind.Default;
            DataCategory category = DataCategory.Unspecified;
            foreach (PurposeTagAttribute tag in tags)
            {
                if (tag is SensitivePersonalDataAttribute)
                {
                    return Sensitive;
                }

                any = true;
                if (kind == RedactionKind.Default)
                {
                    kind = tag.Redaction;
                }

                if (category == DataCategory.Unspecified)
                {
                    category = tag.Category;
                }
            }

            if (!any)
            {
                return null;
            }

            if (kind == RedactionKind.Default)
            {
                kind = category switch
                {
                    DataCategory.EmailAddress => RedactionKind.EmailMask,
                    DataCategory.IpAddress => RedactionKind.TruncateIp,
                    _ => RedactionKind.Erase,
                };
            }

            return For(kind);
        }
    }
}
