using System;

namespace Pii.Analyzers.Vocabulary
{
    /// <summary>How much context a term needs before a member named after it counts as personal data.</summary>
    internal enum TermRule : byte
    {
        /// <summary>Personal wherever it appears (<c>Email</c>, <c>Iban</c>, <c>PasswordHash</c>), unless the containing type is
        /// not about people (a product, a setting) or a company holds it.</summary>
        Strong,

        /// <summary>Personal only on a person: the containing type is a person type, or a person word qualifies the member, or a
        /// sibling member is personal (<c>Name</c>, <c>Age</c>, <c>Gender</c>, <c>Photo</c>, <c>JobTitle</c>).</summary>
        Person,

        /// <summary>Personal on a person or on something that belongs to one (an order, an invoice, a visit), or when a sibling
        /// is personal or refers to a person (<c>City</c>, <c>Street</c>, <c>Latitude</c>, <c>Notes</c>).</summary>
        Contextual,

        /// <summary>Text a person writes or that describes one: personal on a person, and on content that a person
        /// authors (a review, a comment, a ticket, a message, a post) when a sibling refers to a person or is personal
        /// (<c>Title</c>, <c>Description</c>, <c>Pros</c>).</summary>
        Authored,
    }

    /// <summary>Refinements of a term.</summary>
    [Flags]
    internal enum TermFlags : ushort
    {
        None = 0,

        /// <summary>The term names a person (<c>Contactpersoon</c>, <c>Ansprechpartner</c>): a company may hold it.</summary>
        PersonNoun = 1 << 0,

        /// <summary>An adjective that any noun may follow (<c>MedicalHistory</c>, <c>GeneticMarkers</c>): unknown words after it
        /// do not turn the member into metadata; metadata words still do.</summary>
        Adjective = 1 << 1,

        /// <summary>The bare word "name": what precedes it decides (<c>FirstName</c> is a term of its own, <c>CustomerName</c> is
        /// a person's name, <c>FileName</c> and <c>CompanyName</c> are not, <c>CityName</c> is the city).</summary>
        BareName = 1 << 2,

        /// <summary>Criminal convictions and offences (Art. 10 GDPR): personal data, but not an Art. 9 special category.</summary>
        Criminal = 1 << 3,

        /// <summary>A trailing "code" is the coded value, not metadata (<c>GenderCode</c>, <c>NationalityCode</c>).</summary>
        AllowsCode = 1 << 4,

        /// <summary>A trailing "date", "day", "on" or "at" is the value itself (<c>BirthdayDate</c>, <c>BornOn</c>).</summary>
        AllowsDate = 1 << 5,

        /// <summary>Only with a number word next to it: "vat" is an amount, "vat number" and "numero tva" are identifiers.</summary>
        Numbered = 1 << 6,

        /// <summary>Like <see cref="Numbered"/>, and an id word counts too ("tax id", "steuer id").</summary>
        NumberedOrId = 1 << 7,

        /// <summary>A measure that things have too (<c>Weight</c>, <c>Temperature</c>): a person's health data only on a
        /// person or next to other health data (<c>Consultation.Weight</c> beside <c>Diagnosis</c>).</summary>
        Measure = 1 << 8,
    }

    /// <summary>
    /// A group of phrases that mean the same thing in English, Dutch, French and German. Phrases are written in plain words
    /// ("date of birth", "nom de famille", "telefoon nummer"); they are matched against the letters of consecutive words of
    /// an identifier, so "DateOfBirth", "date_of_birth" and "DATEOFBIRTH" all match "date of birth".
    /// </summary>
    internal sealed class TermGroup
    {
        public TermGroup(DataCategory category, SpecialCategory? special, TermRule rule, TermFlags flags, string[] phrases)
        {
            Category = category;
            Special = special;
            Rule = rule;
            Flags = flags;
            Phrases = phrases;
        }

        public DataCategory Category { get; }

        public SpecialCategory? Special { get; }

        public TermRule Rule { get; }

        public TermFlags Flags { get; }

        public string[] Phrases { get; }
    }
}
