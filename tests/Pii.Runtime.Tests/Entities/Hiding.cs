namespace Pii.Runtime.Tests.Entities
{
    /// <summary>A club member; <see cref="HonoraryMember"/> hides its tagged <see cref="Nickname"/> with a member of another type.</summary>
    public class ClubMember
    {
        [PersonalData("Account", Category = DataCategory.Name)]
        public string? Nickname { get; set; }

        [NotPersonalData("the club's membership number")]
        public string? Number { get; set; }
    }

    /// <summary>
    /// Hides the tagged <see cref="ClubMember.Nickname"/> with a number (<c>new</c>): the object still holds the tagged text,
    /// which generated code reads and erases through <see cref="ClubMember"/> (before, <c>value.Nickname</c> bound to the
    /// number and the generated code did not compile).
    /// </summary>
    public class HonoraryMember : ClubMember
    {
        [NotPersonalData("the position on the honours board")]
        public new int Nickname { get; set; }

        [PersonalData("Account", Category = DataCategory.Other)]
        public string? Citation { get; set; }

        [NotPersonalData("the year of the honour")]
        public new int Number { get; set; }
    }
}
