using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Net;
using System.Reflection;
using Microsoft.Extensions.Compliance.Classification;

namespace Pii.Compliance
{
    /// <summary>
    /// Checks that the members of a type tagged with <see cref="PersonalDataAttribute"/> or
    /// <see cref="SensitivePersonalDataAttribute"/> also carry a Pii data-classification attribute at least as strict
    /// as their tags, so that logging the type with <c>[LogProperties]</c> redacts them. The logging source generator
    /// reads only <see cref="DataClassificationAttribute"/>s, not Pii's tags; call this from a unit test.
    /// </summary>
    public static class PiiClassificationCheck
    {
        /// <summary>Finds the tagged public instance properties of a type whose classification is missing or weaker than the tags ask.</summary>
        /// <param name="type">The type, for example an entity logged with <c>[LogProperties]</c>.</param>
        /// <returns>One sentence per problem, naming the member and the attribute to add; empty when there is none.</returns>
        public static IReadOnlyList<string> FindProblems(
            [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] Type type)
        {
            if (type is null)
            {
                throw new ArgumentNullException(nameof(type));
            }

            var problems = new List<string>();
            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken))
            {
                DataClassification? expected = Expected(property);
                if (expected is not { } wanted)
                {
                    continue;
                }

                DataClassification[] actual = property.GetCustomAttributes<DataClassificationAttribute>(inherit: true)
                    .Select(a => a.Classification)
                    .ToArray();
                string member = $"{type.Name}.{property.Name}";
                string fix = AttributeFor(wanted);
                if (actual.Length == 0)
                {
                    problems.Add($"{member} is tagged as personal data but has no data classification, so [LogProperties] would log it as it is; add [{fix}].");
                }
                else if (!actual.All(c => IsAtLeastAsStrict(c, wanted)))
                {
                    string given = string.Join(", ", actual.Select(c => c.ToString()));
                    problems.Add($"{member} is classified {given}, which shows more than its tags allow ({wanted}); use [{fix}].");
                }
            }

            return problems;
        }

        /// <summary>
        /// The classification of the member's tags (<see cref="PiiClassifications.For(IEnumerable{PurposeTagAttribute})"/>), and,
        /// as in the generated redacted view, IP truncation for an <see cref="IPAddress"/> member whose tags give no redaction
        /// and no category that says otherwise.
        /// </summary>
        private static DataClassification? Expected(PropertyInfo property)
        {
            PurposeTagAttribute[] tags = property.GetCustomAttributes<PurposeTagAttribute>(inherit: true).ToArray();
            DataClassification? expected = PiiClassifications.For(tags);
            return expected == PiiClassifications.Personal && property.PropertyType == typeof(IPAddress) && tags.All(t => t.Redaction == RedactionKind.Default)
                ? PiiClassifications.TruncatedIp
                : expected;
        }

        private static bool IsAtLeastAsStrict(DataClassification given, DataClassification wanted) =>
            given == wanted
            || given == PiiClassifications.Sensitive
            || (given == PiiClassifications.Personal && wanted != PiiClassifications.Sensitive);

        private static string AttributeFor(DataClassification classification)
        {
            string name =
                classification == PiiClassifications.Sensitive ? nameof(SensitiveDataClassificationAttribute)
                : classification == PiiClassifications.Masked ? nameof(MaskedDataClassificationAttribute)
                : classification == PiiClassifications.EmailMasked ? nameof(EmailMaskedDataClassificationAttribute)
                : classification == PiiClassifications.TruncatedIp ? nameof(TruncatedIpDataClassificationAttribute)
                : classification == PiiClassifications.KeyedHash ? nameof(KeyedHashDataClassificationAttribute)
                : nameof(PersonalDataClassificationAttribute);
            return name.Substring(0, name.Length - "Attribute".Length);
        }
    }
}
