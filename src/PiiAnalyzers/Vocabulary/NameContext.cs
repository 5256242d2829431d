using System.Collections.Generic;

namespace Pii.Analyzers.Vocabulary
{
    /// <summary>What the classifier knows about a member: its name and type, and the type that declares it.</summary>
    /// <param name="MemberName">The property or field name as declared ("BillingEmail", "Geburtsdatum").</param>
    /// <param name="MemberTypeName">
    /// The simple name of the member's type, nullable unwrapped: "String", "DateTime", "Boolean", "MailAddress",
    /// "IPAddress", "Byte[]". C# keywords ("string", "bool") are understood too; an empty string means unknown.
    /// </param>
    /// <param name="ContainingTypeName">The simple name of the declaring type ("Customer", "OrderDto", "Klant").</param>
    /// <param name="SiblingMemberNames">The names of the other properties and fields of the declaring type; the member's own
    /// name may be among them and is skipped.</param>
    /// <param name="ContainingTypeIsPersonType">
    /// Set by the caller when the declaring type is known to describe a person although its name may not say so: it is a
    /// [DataSubject] or ASP.NET Core Identity user, or an owned/address type referenced from such a type.
    /// </param>
    internal sealed record NameContext(
        string MemberName,
        string MemberTypeName,
        string ContainingTypeName,
        IReadOnlyList<string> SiblingMemberNames,
        bool ContainingTypeIsPersonType);

    /// <summary>The classifier's answer for one member.</summary>
    /// <param name="IsPersonalData">Whether the member looks like it holds personal data.</param>
    /// <param name="Category">The category to suggest; <see cref="DataCategory.Unspecified"/> when not personal or only
    /// configured so.</param>
    /// <param name="SpecialCategory">The Art. 9 special category, when the member looks like one.</param>
    /// <param name="MatchedTerm">The vocabulary phrase, type or configured name that decided, for the diagnostic message.</param>
    internal readonly record struct NameVerdict(
        bool IsPersonalData,
        DataCategory Category,
        SpecialCategory? SpecialCategory,
        string? MatchedTerm);
}
