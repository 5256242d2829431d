using System.Collections.Generic;
using System.Linq;
using Pii.Analyzers.Vocabulary;

namespace Pii.Analyzers.Tests.Vocabulary;

/// <summary>
/// A labelled dataset of members of realistic entity types, in English, Dutch, French and German, for measuring the
/// precision and recall of <see cref="Analyzers.Vocabulary.PersonalDataNames"/>.
/// </summary>
/// <remarks>
/// <para>Labels say what a privacy reviewer would ask of the member: should it carry a <c>[PersonalData]</c> tag?</para>
/// <list type="bullet">
/// <item>Personal (true): the value is, or directly describes, an identified or identifiable natural person: names,
/// contact data, address parts of a person's address, birth date and age, gender, nationality, national and tax numbers of
/// a person, bank and card data, IP addresses, cookie and device identifiers, user names, credentials, photos, signatures,
/// free text written by or about a person, job title, salary and other applicant/employee data, special categories
/// (Art. 9) and criminal records (Art. 10). The author of a change held as text ("CreatedBy": a user name) is personal.</item>
/// <item>Not personal (false): surrogate and foreign keys (Id, CustomerId, KlantNummer: pseudonymous keys, tag the subject
/// they point to), timestamps, counters and status flags about processing (EmailConfirmed, TwoFactorEnabled), settings and
/// infrastructure (SmtpPassword of the application, ServerAddress), product, campaign and template content, and data of
/// legal persons (a company's name, address, phone, e-mail, VAT number and IBAN), as decided for this product.</item>
/// </list>
/// <para>Every member of an entity is one entry; the other members are its siblings. The set was written before the
/// classifier and split once: every fifth entity went to <see cref="HeldOut"/>.</para>
/// </remarks>
internal static partial class LabelledNames
{
    /// <summary>The tuning entries.</summary>
    /// <remarks>Computed on access: the entity arrays live in other files of this partial class, whose static
    /// initialization order is not defined.</remarks>
    public static IReadOnlyList<LabelledName> TuningEntries => Flatten(Tuning);

    /// <summary>The held-out entries.</summary>
    public static IReadOnlyList<LabelledName> HeldOutEntries => Flatten(HeldOut);

    /// <summary>Both sets.</summary>
    public static IReadOnlyList<LabelledName> AllEntries => [.. TuningEntries, .. HeldOutEntries];

    /// <summary>Collection types as the sets record them: a reference of one of these is not a single value.</summary>
    private static readonly HashSet<string> Collections = ["ICollection", "IList", "List", "IEnumerable", "IReadOnlyList", "IReadOnlyCollection", "HashSet", "ISet", "Collection", "Dictionary", "IDictionary"];

    private static LabelledName[] Flatten(LabelledEntity[] entities)
    {
        HashSet<string> parts = PersonParts(entities);
        return
        [
            .. from entity in entities
               from member in entity.Members
               select new LabelledName(
                   member.Name,
                   entity.TypeName,
                   entity.Members.Where(m => m != member).Select(m => m.Name).ToArray(),
                   member.TypeName,
                   member.Personal,
                   entity.IsPersonType || parts.Contains(entity.TypeName),
                   member.Reference),
        ];
    }

    /// <summary>
    /// The set's types that the analyzer would treat as a person's parts (see <c>TypeIndex.IsPersonType</c>): held as a
    /// single value by a person root or a type named after people, and <see cref="PersonalDataNames.IsPersonsPart"/>.
    /// Only what the set records is known: a type's inherited members (a base class's <c>Id</c>) are not, and types of
    /// the same name from different repositories are one type here.
    /// </summary>
    private static HashSet<string> PersonParts(LabelledEntity[] entities)
    {
        ILookup<string, LabelledEntity> byName = entities.ToLookup(e => e.TypeName);
        return
        [
            .. from holder in entities
               where holder.IsPersonType || PersonalDataNames.IsAboutPeople(holder.TypeName)
               from member in holder.Members
               where member.Reference && !Collections.Contains(member.TypeName) && !member.TypeName.EndsWith("[]", System.StringComparison.Ordinal)
               where byName[member.TypeName].Any(held => PersonalDataNames.IsPersonsPart(
                   holder.TypeName, member.Name, holder.Members.Select(m => m.Name), held.TypeName, HasKey(held)))
               select member.TypeName,
        ];

        static bool HasKey(LabelledEntity type) => type.Members.Any(m =>
            string.Equals(m.Name, "Id", System.StringComparison.OrdinalIgnoreCase) || PersonalDataNames.IsKeyOf(m.Name, type.TypeName));
    }
}

/// <summary>An entity type of the dataset.</summary>
/// <param name="TypeName">The entity's name.</param>
/// <param name="IsPersonType">Whether the type is a person root (an ASP.NET Core Identity user; a <c>[DataSubject]</c>). The
/// measurement adds the types the analyzer would find to be a person's parts from the set's references.</param>
/// <param name="Members">Its members.</param>
internal sealed record LabelledEntity(string TypeName, bool IsPersonType, LabelledMember[] Members);

/// <summary>A member of a dataset entity.</summary>
/// <param name="Name">The member's name.</param>
/// <param name="TypeName">The simple name of its type.</param>
/// <param name="Personal">The label.</param>
/// <param name="Reference">Whether the member's type is another class of the model or a collection of such (a navigation,
/// an owned object): PII001 does not judge those members by name, it judges the referenced type's own members, so
/// they are out of the measurement. A fact about the type, set from the source, not a label.</param>
internal sealed record LabelledMember(string Name, string TypeName, bool Personal, bool Reference = false);

/// <summary>One labelled entry: a member in the context of its entity.</summary>
internal sealed record LabelledName(
    string MemberName,
    string ContainingType,
    string[] Siblings,
    string MemberType,
    bool ExpectedPersonal,
    bool ContainingTypeIsPersonType,
    bool IsReference)
{
    public override string ToString() =>
        $"{ContainingType}.{MemberName} : {MemberType} (expected {(ExpectedPersonal ? "personal" : "not personal")})";
}
