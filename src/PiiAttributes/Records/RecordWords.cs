using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Pii.Records
{
    /// <summary>
    /// The words every writer of the record of processing uses for the vocabulary's values, written once: the HTML
    /// page, the ICO CSV and the fideslang dataset all say the same thing for the same value. Words are in sentence
    /// case ("E-mail address"); a value that is not declared is always <see cref="NotDeclared"/>, in lower case, as a
    /// marker rather than a name. Writers escape, lower-case (<see cref="LowerFirst"/>) or add articles at the call
    /// site. A value outside the enum (a newer vocabulary) gets its name split into words.
    /// </summary>
    internal static class RecordWords
    {
        /// <summary>What every writer says for a value that the code does not declare.</summary>
        internal const string NotDeclared = "not declared";

        /// <summary>A category of personal data: <c>DateOfBirth</c> is "Date of birth or age".</summary>
        internal static string Category(DataCategory category) => category switch
        {
            DataCategory.Unspecified => "Other (" + NotDeclared + ")",
            DataCategory.Name => "Name",
            DataCategory.Gender => "Gender",
            DataCategory.DateOfBirth => "Date of birth or age",
            DataCategory.Nationality => "Nationality",
            DataCategory.NationalIdentifier => "National identification number",
            DataCategory.Photo => "Photo",
            DataCategory.EmailAddress => "E-mail address",
            DataCategory.PhoneNumber => "Phone number",
            DataCategory.PostalAddress => "Postal address",
            DataCategory.Professional => "Professional details",
            DataCategory.Education => "Education",
            DataCategory.Career => "Career history",
            DataCategory.Family => "Family situation",
            DataCategory.TaxIdentifier => "Tax identification number",
            DataCategory.PaymentData => "Payment data",
            DataCategory.IpAddress => "IP address",
            DataCategory.DeviceIdentifier => "Device or cookie identifier",
            DataCategory.AccountIdentifier => "Account identifier",
            DataCategory.Credentials => "Credentials",
            DataCategory.Geolocation => "Location",
            DataCategory.BrowsingBehaviour => "Browsing behaviour",
            DataCategory.EmailEngagement => "E-mail opens and clicks",
            DataCategory.Preferences => "Preferences and consent choices",
            DataCategory.CallRecording => "Call recordings",
            DataCategory.Correspondence => "Correspondence",
            DataCategory.Signature => "Signature",
            DataCategory.Other => "Other",
            _ => Words(category.ToString()),
        };

        /// <summary>A special category of personal data (Art. 9(1)).</summary>
        internal static string Special(SpecialCategory category) => category switch
        {
            SpecialCategory.RacialOrEthnicOrigin => "Racial or ethnic origin",
            SpecialCategory.PoliticalOpinions => "Political opinions",
            SpecialCategory.ReligiousOrPhilosophicalBeliefs => "Religious or philosophical beliefs",
            SpecialCategory.TradeUnionMembership => "Trade union membership",
            SpecialCategory.GeneticData => "Genetic data",
            SpecialCategory.BiometricData => "Biometric data",
            SpecialCategory.Health => "Health data",
            SpecialCategory.SexLifeOrSexualOrientation => "Sex life or sexual orientation",
            _ => Words(category.ToString()),
        };

        /// <summary>A condition of Art. 9(2) for processing special categories, without its point (see <see cref="ConditionArticle"/>).</summary>
        internal static string Condition(SpecialCategoryCondition condition) => condition switch
        {
            SpecialCategoryCondition.ExplicitConsent => "Explicit consent",
            SpecialCategoryCondition.EmploymentAndSocialProtection => "Employment and social protection law",
            SpecialCategoryCondition.VitalInterests => "Vital interests of a person who cannot consent",
            SpecialCategoryCondition.NotForProfitBody => "Not-for-profit body, about its members",
            SpecialCategoryCondition.MadePublicByDataSubject => "Made public by the data subject",
            SpecialCategoryCondition.LegalClaims => "Legal claims",
            SpecialCategoryCondition.SubstantialPublicInterest => "Substantial public interest",
            SpecialCategoryCondition.HealthOrSocialCare => "Health or social care",
            SpecialCategoryCondition.PublicHealth => "Public health",
            SpecialCategoryCondition.ArchivingResearchOrStatistics => "Archiving, research or statistics",
            _ => Words(condition.ToString()),
        };

        /// <summary>The point of Art. 9(2) a condition is: "Art. 9(2)(a)" for explicit consent; empty for a value outside the enum.</summary>
        internal static string ConditionArticle(SpecialCategoryCondition condition)
        {
            int point = (int)condition;
            return point >= 1 && point <= 10 ? "Art. 9(2)(" + (char)('a' + point - 1) + ")" : string.Empty;
        }

        /// <summary>A legal basis of Art. 6(1), without its point (the record carries the article).</summary>
        internal static string Basis(LegalBasis basis) => basis switch
        {
            LegalBasis.Unspecified => NotDeclared,
            LegalBasis.Consent => "Consent",
            LegalBasis.Contract => "Contract",
            LegalBasis.LegalObligation => "Legal obligation",
            LegalBasis.VitalInterests => "Vital interests",
            LegalBasis.PublicTask => "Public task",
            LegalBasis.LegitimateInterests => "Legitimate interests",
            _ => Words(basis.ToString()),
        };

        /// <summary>
        /// The role of a recipient: "Processor"; <paramref name="detailed"/> adds the article or an explanation,
        /// "Processor (Art. 28)", "Third party, a controller in its own right".
        /// </summary>
        internal static string Role(RecipientRole role, bool detailed = false)
        {
            (string words, string detail) = role switch
            {
                RecipientRole.Unspecified => (NotDeclared, string.Empty),
                RecipientRole.Processor => ("Processor", " (Art. 28)"),
                RecipientRole.SubProcessor => ("Sub-processor", " (Art. 28(2), (4))"),
                RecipientRole.JointController => ("Joint controller", " (Art. 26)"),
                RecipientRole.ThirdParty => ("Third party", ", a controller in its own right"),
                RecipientRole.PublicAuthority => ("Public authority", string.Empty),
                _ => (Words(role.ToString()), string.Empty),
            };

            return detailed ? words + detail : words;
        }

        /// <summary>The safeguard of a transfer to a third country (Chapter V), without its article (the record carries it).</summary>
        internal static string Safeguard(TransferSafeguard safeguard) => safeguard switch
        {
            TransferSafeguard.Unspecified => NotDeclared,
            TransferSafeguard.AdequacyDecision => "Adequacy decision",
            TransferSafeguard.StandardContractualClauses => "Standard contractual clauses",
            TransferSafeguard.BindingCorporateRules => "Binding corporate rules",
            TransferSafeguard.LegallyBindingInstrument => "Legally binding instrument between public authorities",
            TransferSafeguard.CodeOfConduct => "Approved code of conduct",
            TransferSafeguard.Certification => "Approved certification",
            TransferSafeguard.AuthorisedContractualClauses => "Contractual clauses authorised by the supervisory authority",
            TransferSafeguard.Derogation => "Derogation for a specific situation",
            _ => Words(safeguard.ToString()),
        };

        /// <summary>What a request of erasure does to a member.</summary>
        internal static string Erasure(ErasureStrategy erasure) => erasure switch
        {
            ErasureStrategy.Default => "Cleared",
            ErasureStrategy.Clear => "Cleared",
            ErasureStrategy.Anonymize => "Anonymised",
            ErasureStrategy.Pseudonymize => "Pseudonymised",
            ErasureStrategy.DeleteRecord => "Record deleted",
            ErasureStrategy.Retain => "Kept (legal hold)",
            ErasureStrategy.CryptoShred => "Cleared; its subject's key destroyed (crypto-shredding)",
            _ => Words(erasure.ToString()),
        };

        /// <summary>What redacted logs show of a member.</summary>
        internal static string Redaction(RedactionKind redaction) => redaction switch
        {
            RedactionKind.Default => "Redacted",
            RedactionKind.Erase => "Hidden",
            RedactionKind.Mask => "Masked",
            RedactionKind.EmailMask => "Masked e-mail address",
            RedactionKind.TruncateIp => "Truncated IP address",
            RedactionKind.KeyedHash => "Keyed hash",
            _ => Words(redaction.ToString()),
        };

        /// <summary>
        /// An ISO 8601 duration in words: "P1Y6M" is "1 year 6 months", "PT12H" "12 hours", "P0D" "no time at all";
        /// <see langword="null"/> when the text is not a duration.
        /// </summary>
        internal static string? Duration(string? iso)
        {
            if (!IsoDuration.TryParse(iso, out IsoDuration duration))
            {
                return null;
            }

            var parts = new List<string>();
            AddUnit(parts, duration.Years, "year");
            AddUnit(parts, duration.Months, "month");
            AddUnit(parts, duration.Weeks, "week");
            AddUnit(parts, duration.Days, "day");
            AddUnit(parts, duration.Hours, "hour");
            AddUnit(parts, duration.Minutes, "minute");
            AddUnit(parts, duration.Seconds, "second");
            return parts.Count == 0 ? "no time at all" : string.Join(" ", parts);
        }

        /// <summary>The duration in words with the duration after it, "2 years (P2Y)"; a text that is not a duration as it is.</summary>
        internal static string DurationWithIso(string iso) => Duration(iso) is string words ? words + " (" + iso + ")" : iso;

        /// <summary>The words with their first letter in lower case, for the middle of a sentence; "IP address" stays as it is.</summary>
        internal static string LowerFirst(string words) =>
            words.Length == 0 || !char.IsUpper(words[0]) || (words.Length > 1 && char.IsUpper(words[1]))
                ? words
                : char.ToLowerInvariant(words[0]) + words.Substring(1);

        private static void AddUnit(List<string> parts, int value, string unit)
        {
            if (value != 0)
            {
                parts.Add(value.ToString(CultureInfo.InvariantCulture) + " " + unit + (value == 1 ? string.Empty : "s"));
            }
        }

        /// <summary>Splits a PascalCase name into words, the first capitalised: <c>EmailAddress</c> becomes "Email address".</summary>
        private static string Words(string name)
        {
            var text = new StringBuilder(name.Length + 8);
            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                if (i > 0 && char.IsUpper(c) && !char.IsUpper(name[i - 1]))
                {
                    text.Append(' ');
                }

                text.Append(i == 0 ? c : char.ToLowerInvariant(c));
            }

            return text.ToString();
        }
    }
}
