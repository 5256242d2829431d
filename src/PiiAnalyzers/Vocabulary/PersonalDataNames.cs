using System;
using System.Collections.Generic;

namespace Pii.Analyzers.Vocabulary
{
    /// <summary>
    /// Decides whether a member looks like personal data from its name, its type and its declaring type (diagnostic
    /// PII001). Pure and thread-safe; the vocabulary is compiled once into static tables.
    /// </summary>
    /// <remarks>
    /// <para>The rules, in order:</para>
    /// <list type="number">
    /// <item>Configured names: <c>excludedNames</c> force a negative, <c>extraNames</c> a positive (whole identifiers
    /// first, then words).</item>
    /// <item>Members whose type is a service (<c>IEmailSender</c>, <c>UserAgentParser</c>) are never personal data;
    /// members of type <c>MailAddress</c>, <c>IPAddress</c> or <c>PhysicalAddress</c> always are, unless a system word
    /// names them (<c>ServerAddress</c>) or the declaring type is not about people.</item>
    /// <item>A text member named after its author (<c>CreatedBy</c>, <c>GewijzigdDoor</c>) holds a user name: personal
    /// (<see cref="DataCategory.AccountIdentifier"/>). Typed as a key (Guid, int) it is a key and is not flagged.</item>
    /// <item>The last vocabulary term of the name is its head. Words after it must not change what it is: metadata words
    /// (<c>EmailTemplateId</c>, <c>PasswordMinLength</c>, <c>AddressType</c>) or unknown nouns (<c>EmailFrequency</c>)
    /// make the member describe the data rather than hold it. A system word right before it (<c>SmtpPassword</c>,
    /// <c>SupportEmail</c>, <c>MinimumAge</c>) makes it someone else's.</item>
    /// <item>The member's type must be able to hold the data (a Boolean holds a flag, a DateTime a timestamp).</item>
    /// <item>Context: nothing is flagged on types that are not about people (Product, Campaign, Settings); a company's
    /// contact and address data is not personal unless a person word qualifies it (<c>ContactPersonEmail</c>); terms that
    /// need a person (<c>Name</c>, <c>Age</c>, <c>Gender</c>) need a person type or a personal sibling; address parts and
    /// locations also count on things that belong to a person (Order, Invoice, Visit) or refer to one (<c>CustomerId</c>).</item>
    /// </list>
    /// <para>Keys that refer to a person (<c>CustomerId</c>, <c>KlantNummer</c>) are not flagged: they are pseudonymous
    /// keys, not the data; tag the subject they refer to. Criminal convictions (Art. 10) are personal data without an
    /// Art. 9 special category.</para>
    /// </remarks>
    internal static class PersonalDataNames
    {
        /// <summary>The declaring type's kind is cached by name; the cache is dropped when it grows past this.</summary>
        private const int MaxCachedTypes = 4096;

        private static readonly BoundedCache<TypeKind> TypeKinds = new(MaxCachedTypes, typeName => ComputeKind(Lexicon.Normalize(NameWords.Split(typeName))));

        /// <summary>Identifiers repeat across a code base (every entity has an Id, many an Email): their words are
        /// split once. Dropped when it grows past <see cref="MaxCachedNames"/>.</summary>
        private const int MaxCachedNames = 16384;

        private static readonly BoundedCache<string[]> Words = new(MaxCachedNames, identifier => Lexicon.Normalize(NameWords.Split(identifier)));

        /// <summary>Names that are an address part next to <see cref="AddressWords"/> (normalized words, space-joined).</summary>
        private static readonly string[] AddressCompanions =
        [
            "state", "province", "region", "county", "provincie", "bundesland", "departement",
            // A Belgian box number ("Bus", "BusNr"), a French street ("Voie") and the line that completes an address.
            "bus", "bus nr", "bus nummer", "voie", "complement", "adres toevoeging",
        ];

        /// <summary>Last words after "by" that name a detail of the author ("UpdatedByName", "SubmittedByEmail").</summary>
        private static readonly string[] AuthorDetailWords = ["name", "naam", "nom", "email", "mail", "username", "login"];

        private static DataCategory AuthorDetailCategory(string word) => word switch
        {
            "email" or "mail" => DataCategory.EmailAddress,
            "name" or "naam" or "nom" => DataCategory.Name,
            _ => DataCategory.AccountIdentifier,
        };

        /// <summary>Initials, which a department or a company has too ("Department.Initials").</summary>
        private static readonly string[] InitialsWords = ["initials", "voorletters", "initiales", "initialen"];

        /// <summary>The authored terms that, on a person, are the person's title.</summary>
        private static readonly string[] TitleWords = ["title", "titel", "titre"];

        /// <summary>Words of a calendar date that record processing, not the person's life ("CreatedOn", "SyncedDate").</summary>
        private static readonly string[] ProcessingDateWords =
        [
            "created", "updated", "modified", "changed", "deleted", "removed", "archived", "synced", "imported", "exported",
            "processed", "sent", "published", "expires", "expiry", "expiration", "last", "next", "due", "review", "reviewed",
            "aangemaakt", "gewijzigd", "verwijderd", "erstellt", "geandert", "geloscht", "cree", "modifie", "supprime",
            "creation", "deletion", "modification", "concurrency", "sort", "valid", "until",
        ];

        /// <summary>Member names that only an organisation has (normalized words): an industry, a revenue, a legal form, a
        /// company register's number, a contact person there.</summary>
        private static readonly string[][] OrganizationEvidence = Array.ConvertAll(
            [
                "industry", "annual revenue", "ticker symbol", "sic code", "number of employees", "legal form", "rechtsvorm",
                "rechtsform", "forme juridique", "kvk", "kvk nummer", "siret", "siren", "handelsregister", "handels register",
                "chamber of commerce", "company registration", "company registration number", "registration number company",
                "contact person", "contactpersoon", "contact persoon", "ansprechpartner", "ansprech partner",
                "personne de contact", "interlocuteur", "betrieb", "raison sociale",
            ],
            phrase => Lexicon.Normalize(NameWords.Split(phrase)));

        /// <summary>Sibling words that show the type holds a postal address.</summary>
        private static readonly string[] AddressWords = ["street", "city", "zip", "postal", "postcode", "straat", "woonplaats", "strasse", "rue", "ville"];

        /// <summary>Names that are card data next to <see cref="CardWords"/>.</summary>
        private static readonly string[] CardCompanions =
        [
            "expiration", "expiration date", "expiry", "expiry date", "security number", "security code", "holder name", "exp month",
            "exp year", "expiration month", "expiration year", "expiry month", "expiry year",
        ];

        /// <summary>Sibling words that show the type holds a payment card.</summary>
        private static readonly string[] CardWords = ["card", "cvv", "cvc"];

        /// <summary>What a member name says about its type when it is a sibling: <see cref="SiblingFacts"/> flags.</summary>
        private static readonly BoundedCache<SiblingFacts> Siblings = new(MaxCachedNames, Scope.ComputeFacts);

        /// <summary>Member types that are personal data whatever the member is called.</summary>
        private static readonly Dictionary<string, DataCategory> PersonalTypes = new(StringComparer.Ordinal)
        {
            ["mailaddress"] = DataCategory.EmailAddress,
            ["mailaddresscollection"] = DataCategory.EmailAddress,
            ["emailaddress"] = DataCategory.EmailAddress,
            ["ipaddress"] = DataCategory.IpAddress,
            ["physicaladdress"] = DataCategory.DeviceIdentifier,
            ["phonenumber"] = DataCategory.PhoneNumber,
            ["iban"] = DataCategory.PaymentData,
            ["geocoordinate"] = DataCategory.Geolocation,
        };

        /// <summary>Whether a type's name says it describes a person or something of a person ("Customer", "Order").</summary>
        public static bool IsAboutPeople(string typeName) => KindOf(typeName) is TypeKind.Person or TypeKind.PersonRelated;

        /// <summary>
        /// Whether a type held as a single value by a person, or by something of a person (an order, a booking), is a part
        /// of that person, whose members then describe the person: it has no identity of its own (an owned or complex type:
        /// a shipping address, a name), or the held type's name or the holding member's name names personal data
        /// (<c>Customer.BillingAddress : Address</c>, <c>Employee.Account : BankAccount</c>). An entity of its own that
        /// is only referenced (<c>Employee.Department</c>, <c>Booking.Room</c>) is not: its name is the department's.
        /// </summary>
        /// <param name="holderTypeName">The simple name of the type that holds the value.</param>
        /// <param name="memberName">The holding member's name.</param>
        /// <param name="holderMemberNames">The names of the holder's members: a foreign key beside the reference
        /// (<c>DepartmentId</c>) shows the held type is an entity of its own.</param>
        /// <param name="heldTypeName">The simple name of the held type.</param>
        /// <param name="heldDeclaresKey">Whether the held type has a key of its own (an <c>Id</c> or <c>{Type}Id</c>
        /// member, a <c>[Key]</c>), its base types' included.</param>
        public static bool IsPersonsPart(string holderTypeName, string memberName, IEnumerable<string> holderMemberNames, string heldTypeName, bool heldDeclaresKey)
        {
            bool heldHasKey = heldDeclaresKey;
            if (!heldHasKey && holderMemberNames is not null)
            {
                foreach (string sibling in holderMemberNames)
                {
                    if (IsKeyOf(sibling, memberName) || IsKeyOf(sibling, heldTypeName))
                    {
                        heldHasKey = true;
                        break;
                    }
                }
            }

            if (!heldHasKey)
            {
                return true;
            }

            // A keyed entity of reference data or of an organisation (a Country, a Company) is shared, not the person's,
            // whatever the member holding it is called; one named after people (a contact's "Kunde") is a party of its
            // own, judged by its own name and members.
            return KindOf(heldTypeName) is not (TypeKind.NonPerson or TypeKind.Organization)
                && !NamesAParty(heldTypeName)
                && (NamesPersonalData(heldTypeName, holderTypeName) || NamesPersonalData(memberName, holderTypeName));
        }

        /// <summary>Whether a type's name is a person noun for someone else (a customer, a contact, an employee), not a
        /// person's own account, user or profile.</summary>
        private static bool NamesAParty(string typeName)
        {
            if (KindOf(typeName) != TypeKind.Person)
            {
                return false;
            }

            string head = HeadOf(WordsOf(typeName));
            return Array.IndexOf(VocabularyData.AccountWords, head) < 0 && Array.IndexOf(ProfileWords, head) < 0;
        }

        /// <summary>The head noun of a type name: its last word before type suffixes ("CustomerDto" → customer).</summary>
        private static string HeadOf(string[] typeWords)
        {
            int end = HeadEnd(typeWords);
            return end == 0 ? string.Empty : typeWords[end - 1];
        }

        /// <summary>Where a type name's words end once type suffixes are dropped ("CustomerDto" → 1); the head is the word
        /// before it. A name of suffixes only keeps its first word ("Dto").</summary>
        private static int HeadEnd(string[] typeWords)
        {
            int end = typeWords.Length;
            while (end > 1 && Lexicon.Is(typeWords[end - 1], WordFlags.TypeSuffix))
            {
                end--;
            }

            return end;
        }

        /// <summary>Heads of a person's own profile ("UserProfile").</summary>
        private static readonly string[] ProfileWords = ["profile", "profiel", "profil"];

        /// <summary>Whether <paramref name="name"/> is <paramref name="owner"/> followed by <c>Id</c>, as EF Core's key and
        /// foreign-key conventions name them ("DepartmentId", "departmentID").</summary>
        public static bool IsKeyOf(string name, string owner) =>
            name is not null && owner is not null
            && name.Length == owner.Length + 2
            && name.StartsWith(owner, StringComparison.OrdinalIgnoreCase)
            && name.EndsWith("Id", StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// Whether a member of a person called <paramref name="name"/>, of unknown type, would hold the person's own
        /// details: identity, contact, address, account, payment or special-category data. What a person does or has to do
        /// with (a department, a course, a message) is personal as a fact about the person, but an entity so named is the
        /// department's, not the person's.
        /// </summary>
        private static bool NamesPersonalData(string name, string holderTypeName)
        {
            NameVerdict verdict = Classify(new NameContext(name, string.Empty, holderTypeName, [], ContainingTypeIsPersonType: true));
            return verdict.IsPersonalData
                && (verdict.SpecialCategory is not null
                    || verdict.Category is not (DataCategory.Unspecified or DataCategory.Professional or DataCategory.Education
                        or DataCategory.Career or DataCategory.Correspondence or DataCategory.Preferences
                        or DataCategory.BrowsingBehaviour or DataCategory.EmailEngagement or DataCategory.CallRecording
                        or DataCategory.Other));
        }

        /// <summary>Whether a type's simple name says its values are personal data ("MailAddress", "PhoneNumber", "Iban").</summary>
        public static bool IsPersonalTypeName(string typeName) =>
            PersonalTypes.ContainsKey(NameWords.FoldKey(typeName, keepSeparators: false));

        /// <summary>What a sibling's name tells about the type that declares it.</summary>
        [Flags]
        private enum SiblingFacts : byte
        {
            None = 0,

            /// <summary>The sibling is personal data by its name alone ("Email").</summary>
            Personal = 1,

            /// <summary>The sibling refers to a person by key ("CustomerId").</summary>
            PersonReference = 2,

            /// <summary>The sibling is special-category or criminal data by its name alone ("Diagnosis").</summary>
            Sensitive = 4,

            /// <summary>The sibling identifies a person by its name alone: a given or family name, a birth date, a national
            /// identifier ("FirstName", "DateOfBirth", "NationalInsuranceNumber").</summary>
            Identity = 8,

            /// <summary>The sibling describes an organisation: its industry, revenue, legal form, register number or the
            /// person to contact there ("Industry", "AnnualRevenue", "KvkNummer", "Ansprechpartner").</summary>
            Organization = 16,
        }

        /// <summary>What kind of thing the declaring type is, from the head noun of its name.</summary>
        private enum TypeKind : byte
        {
            Unknown,
            Person,
            PersonRelated,
            Organization,
            NonPerson,
        }

        /// <summary>What the member's type can hold.</summary>
        private enum ValueKind : byte
        {
            Unknown,
            Text,
            Boolean,
            DateTime,
            TimeSpan,
            Number,
            Guid,
            Binary,
            Service,
        }

        /// <summary>
        /// Classifies one member.
        /// </summary>
        /// <param name="context">The member, its type and its declaring type.</param>
        /// <param name="extraNames">Identifiers or words (case-insensitive) configured as personal data; they force a
        /// positive.</param>
        /// <param name="excludedNames">Identifiers or words (case-insensitive) configured as not personal; they force a
        /// negative and win over <paramref name="extraNames"/> at the same level (a whole identifier beats a word).</param>
        /// <returns>The verdict; <c>default</c> when the member does not look like personal data.</returns>
        public static NameVerdict Classify(NameContext context, IEnumerable<string>? extraNames = null, IEnumerable<string>? excludedNames = null)
        {
            if (context is null)
            {
                throw new ArgumentNullException(nameof(context));
            }

            string[] words = WordsOf(context.MemberName);
            string? forced = null;
            if (extraNames is not null || excludedNames is not null)
            {
                if (IsConfigured(context.MemberName, words, extraNames, excludedNames, out forced))
                {
                    return default;
                }
            }

            NameVerdict verdict = default;
            if (words.Length > 0)
            {
                var scope = new Scope(context);
                verdict = Evaluate(words, scope);
                if (!verdict.IsPersonalData)
                {
                    verdict = EvaluateBySiblings(words, scope);
                }

                if (!verdict.IsPersonalData)
                {
                    verdict = EvaluateInSensitiveType(words, scope);
                }

                if (!verdict.IsPersonalData)
                {
                    verdict = EvaluateInIdentifierType(words, scope);
                }

                if (!verdict.IsPersonalData)
                {
                    verdict = EvaluateCalendarDate(words, scope);
                }

                if (!verdict.IsPersonalData)
                {
                    verdict = EvaluateInCareerType(words, scope);
                }
            }

            return !verdict.IsPersonalData && forced is not null ? new NameVerdict(true, DataCategory.Unspecified, null, forced) : verdict;
        }

        /// <summary>
        /// Classifies a member whose declaration says what it holds, whatever its name: a validation attribute such as
        /// <c>[EmailAddress]</c>, <c>[Phone]</c> or <c>[DataType(DataType.PostalCode)]</c>. The same context applies as to a
        /// member typed <c>MailAddress</c>: not on a type that is not about people, not when a system word names it
        /// (<c>[EmailAddress] SupportContact</c> is fine, <c>[EmailAddress] SmtpSender</c> is the system's), and on an
        /// organisation only a credential or an online identifier.
        /// </summary>
        /// <param name="context">The member, its type and its declaring type.</param>
        /// <param name="category">What the declaration says the member holds.</param>
        /// <param name="term">How the declaration is shown in the message ("[EmailAddress]").</param>
        public static NameVerdict ClassifyDeclared(NameContext context, DataCategory category, string term)
        {
            if (context is null)
            {
                throw new ArgumentNullException(nameof(context));
            }

            string[] words = WordsOf(context.MemberName);
            return words.Length == 0 ? default : Declared(words, new Scope(context), category, term);
        }

        /// <summary>A member whose type or declaration says what it holds, in its context.</summary>
        private static NameVerdict Declared(string[] words, Scope scope, DataCategory category, string term)
        {
            if (scope.Kind == TypeKind.NonPerson || scope.Kind == TypeKind.Organization && !IsPersonalEvenForCompanies(category))
            {
                return default;
            }

            // A system's or a company's ("SmtpSender", "SupportEmail", "CompanyEmail" on a sign-up form); the last word is
            // what it is ("ContactInfo").
            for (int k = 0; k < words.Length - 1; k++)
            {
                if (Lexicon.Is(words[k], WordFlags.NegatingPrefix) || Lexicon.Is(words[k], WordFlags.Organization) && !scope.PersonType)
                {
                    return default;
                }
            }

            return new NameVerdict(true, category, null, term);
        }

        /// <summary>Whether the configured excluded names (whole member names or word sequences) exclude the member.</summary>
        public static bool IsExcludedName(string memberName, IEnumerable<string> excludedNames) =>
            excludedNames is not null && IsConfigured(memberName, WordsOf(memberName), null, excludedNames, out _);

        /// <summary>
        /// Applies the configured names: returns true when the member is excluded; sets <paramref name="forced"/> to the
        /// extra name that makes it personal.
        /// </summary>
        private static bool IsConfigured(string memberName, string[] words, IEnumerable<string>? extraNames, IEnumerable<string>? excludedNames, out string? forced)
        {
            forced = null;
            string trimmed = memberName.TrimStart('@');
            if (Find(excludedNames, trimmed, null) is not null)
            {
                return true;
            }

            forced = Find(extraNames, trimmed, null);
            if (forced is not null)
            {
                return false;
            }

            if (Find(excludedNames, null, words) is not null)
            {
                return true;
            }

            forced = Find(extraNames, null, words);
            return false;

            static string? Find(IEnumerable<string>? names, string? identifier, string[]? memberWords)
            {
                if (names is null)
                {
                    return null;
                }

                foreach (string name in names)
                {
                    if (string.IsNullOrWhiteSpace(name))
                    {
                        continue;
                    }

                    if (identifier is not null ? string.Equals(name.Trim(), identifier, StringComparison.OrdinalIgnoreCase)
                        : ContainsSequence(memberWords!, WordsOf(name)))
                    {
                        return name.Trim();
                    }
                }

                return null;
            }
        }

        /// <summary>Whether <paramref name="sequence"/> occurs in <paramref name="words"/> as consecutive words.</summary>
        private static bool ContainsSequence(string[] words, string[] sequence)
        {
            if (sequence.Length == 0)
            {
                return false;
            }

            for (int start = 0; start + sequence.Length <= words.Length; start++)
            {
                int k = 0;
                while (k < sequence.Length && string.Equals(words[start + k], sequence[k], StringComparison.Ordinal))
                {
                    k++;
                }

                if (k == sequence.Length)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Names that say what they are only next to their siblings: "State" or "Province" beside a street or a city is part
        /// of an address, "Expiration" or "SecurityNumber" beside a card number is card data. The declaring type must be
        /// about people or unknown, and the member must hold text.
        /// </summary>
        private static NameVerdict EvaluateBySiblings(string[] words, Scope scope)
        {
            if (scope.SiblingMode || scope.Kind is TypeKind.NonPerson or TypeKind.Organization || scope.Value is not (ValueKind.Text or ValueKind.Unknown or ValueKind.Number))
            {
                return default;
            }

            // "MailingState", "ShippingProvince", "OtherState": which address it is does not change what it is.
            int first = 0;
            while (first < words.Length - 1 && (Lexicon.Is(words[first], WordFlags.AddressQualifier) || words[first] == "other"))
            {
                first++;
            }

            if (first > 0)
            {
                var rest = new string[words.Length - first];
                Array.Copy(words, first, rest, 0, rest.Length);
                words = rest;
            }

            if (scope.Value != ValueKind.Number && Find(AddressCompanions, words) is { } address && scope.HasSiblingWord(AddressWords))
            {
                return new NameVerdict(true, DataCategory.PostalAddress, null, address);
            }

            // A card's expiry month and year are numbers as often as text.
            if (Find(CardCompanions, words) is { } card && scope.HasSiblingWord(CardWords))
            {
                return new NameVerdict(true, DataCategory.PaymentData, null, card);
            }

            return default;

            // The companion phrase that the words spell, without joining them into a new string.
            static string? Find(string[] phrases, string[] words)
            {
                foreach (string phrase in phrases)
                {
                    int at = 0;
                    int k = 0;
                    for (; k < words.Length; k++)
                    {
                        string word = words[k];
                        if (k > 0)
                        {
                            if (at >= phrase.Length || phrase[at] != ' ')
                            {
                                break;
                            }

                            at++;
                        }

                        if (string.CompareOrdinal(phrase, at, word, 0, word.Length) != 0)
                        {
                            break;
                        }

                        at += word.Length;
                    }

                    if (k == words.Length && at == phrase.Length)
                    {
                        return phrase;
                    }
                }

                return null;
            }
        }

        /// <summary>
        /// The generic text members of a type named after a special category ("MedicalHistory.Description",
        /// "AntecedentMedical.Type", "CriminalRecord.Notes") hold that category.
        /// </summary>
        private static NameVerdict EvaluateInSensitiveType(string[] words, Scope scope)
        {
            if (scope.SiblingMode || scope.Value is not (ValueKind.Text or ValueKind.Unknown)
                || Array.IndexOf(VocabularyData.GenericTextWords, words[words.Length - 1]) < 0
                || scope.SensitiveType() is not { } term)
            {
                return default;
            }

            return new NameVerdict(true, DataCategory.Other, term.Special, term.Text);
        }

        /// <summary>
        /// The number of a type named after a person's identity document or bank account is that identifier
        /// ("DriverLicense.LicenseNumber", "CustomerBankAccount.AccountNumberEnding"). Whose it is must show: a person word
        /// in the type's name, a reference to a person or other personal data beside it; a shop's "BankAccount" is the
        /// shop's.
        /// </summary>
        private static NameVerdict EvaluateInIdentifierType(string[] words, Scope scope)
        {
            if (scope.SiblingMode || scope.Value is not (ValueKind.Text or ValueKind.Unknown)
                || scope.Kind is TypeKind.NonPerson or TypeKind.Organization
                || !Array.Exists(words, w => Array.IndexOf(VocabularyData.NumberWords, w) >= 0))
            {
                return default;
            }

            // A person's number on it is a reference to the person ("CustomerNumber"), not the document's.
            if (Array.Exists(words, IsPersonWordOtherThanAccount))
            {
                return default;
            }

            // The type's name first: it is one lookup; the siblings are read only for the few types it selects. The term
            // must be the type's head: a "CreditCardTransaction" is a transaction.
            string[] typeWords = scope.ContainingTypeWords;
            int typeEnd = HeadEnd(typeWords);
            foreach (Match match in FindTerms(typeWords))
            {
                Term term = Lexicon.Terms[match.Term];
                if (match.End == typeEnd && term.Rule == TermRule.Strong && term.Category is DataCategory.NationalIdentifier or DataCategory.PaymentData)
                {
                    return scope.KnownPersonType || Array.Exists(scope.ContainingTypeWords, IsPersonWordOtherThanAccount)
                        || scope.HasPersonReferenceSibling() || scope.HasPersonalSibling()
                        ? new NameVerdict(true, term.Category, null, term.Text)
                        : default;
                }
            }

            return default;
        }

        /// <summary>
        /// A calendar date (<c>DateOnly</c>) on a person is a date of the person's life: qualified, inducted, hired, moved
        /// ("Person.QtsDate", "Employee.ProbationEnd"). An instant (<c>DateTime</c>) there is usually a record of
        /// processing ("CreatedOn") and is not flagged; neither is a calendar date named as processing ("DeletedOn").
        /// </summary>
        private static NameVerdict EvaluateCalendarDate(string[] words, Scope scope)
        {
            if (scope.SiblingMode || !scope.PersonType
                || !string.Equals(scope.MemberTypeName.Trim().TrimEnd('?'), "DateOnly", StringComparison.OrdinalIgnoreCase))
            {
                return default;
            }

            return NamesProcessing(words) ? default : new NameVerdict(true, DataCategory.Other, null, "date");
        }

        /// <summary>
        /// A record of a person's education or working life ("Education", "WorkHistory", "Experience") that refers to the
        /// person is the person's CV: its values are (<c>Education.Institution</c>, <c>Experience.StartYear</c>). Keys and
        /// records of processing ("CreatedAt") are not; neither are flags.
        /// </summary>
        private static NameVerdict EvaluateInCareerType(string[] words, Scope scope)
        {
            if (scope.SiblingMode || scope.Value is not (ValueKind.Text or ValueKind.Unknown or ValueKind.DateTime or ValueKind.Number)
                || scope.Kind is TypeKind.NonPerson or TypeKind.Organization
                || Lexicon.Is(words[words.Length - 1], WordFlags.Reference))
            {
                return default;
            }

            // The type's name first: it is one lookup; the member's words and the siblings are read only for the few types
            // it selects.
            foreach (Match match in FindTerms(scope.ContainingTypeWords))
            {
                Term term = Lexicon.Terms[match.Term];
                if (term.Rule == TermRule.Person && term.Special is null
                    && term.Category is DataCategory.Career or DataCategory.Education or DataCategory.Professional)
                {
                    return !NamesProcessing(words) && (scope.KnownPersonType || scope.HasPersonReferenceSibling())
                        ? new NameVerdict(true, term.Category, null, term.Text)
                        : default;
                }
            }

            return default;
        }

        /// <summary>Whether a member's words name a record of processing or a bound ("DeletedOn", "CreationTime",
        /// "MinDate", "ValidUntil") rather than a value of the person's.</summary>
        private static bool NamesProcessing(string[] words)
        {
            foreach (string word in words)
            {
                if (Lexicon.Is(word, WordFlags.Participle | WordFlags.NegatingPrefix) || Array.IndexOf(ProcessingDateWords, word) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A person noun that is not "account": in "BankAccount" the account is the bank's.</summary>
        private static bool IsPersonWordOtherThanAccount(string word) =>
            Lexicon.Is(word, WordFlags.Person) && Array.IndexOf(VocabularyData.AccountWords, word) < 0;

        /// <summary>The verdict for a member's normalized words.</summary>
        private static NameVerdict Evaluate(string[] words, Scope scope)
        {
            if (scope.Value == ValueKind.Service)
            {
                return default;
            }

            if (!scope.SiblingMode && PersonalTypes.TryGetValue(NameWords.FoldKey(scope.MemberTypeName, keepSeparators: false), out DataCategory typeCategory))
            {
                return Declared(words, scope, typeCategory, scope.MemberTypeName);
            }

            // "CreatedBy", "LastModifiedBy", "AangemaaktDoor", "ErstelltVon": the author's user name; "UpdatedByName",
            // "SubmittedByEmail": the author's name or address.
            int n = words.Length;
            int by = n >= 2 && Array.IndexOf(AuthorDetailWords, words[n - 1]) >= 0 ? n - 2 : n - 1;
            // "LastUpdateBy", "EventBy" too; "SortBy", "OrderBy", "GroupBy" name a field, not a person.
            if (!scope.SiblingMode && scope.Value is ValueKind.Text or ValueKind.Unknown && by >= 1 && Lexicon.Is(words[by], WordFlags.By)
                && (Lexicon.Is(words[by - 1], WordFlags.Participle) || words[by - 1].EndsWith("ed", StringComparison.Ordinal)
                    || Array.IndexOf(VocabularyData.ActionsBy, words[by - 1]) >= 0))
            {
                return new NameVerdict(true, by == n - 1 ? DataCategory.AccountIdentifier : AuthorDetailCategory(words[n - 1]), null,
                    words[by - 1] + " " + words[by]);
            }

            List<Match> matches = FindTerms(words);
            if (matches.Count == 0)
            {
                return scope.SiblingMode ? default : EvaluateWithoutTerm(words, scope);
            }

            Match head = matches[matches.Count - 1];
            Term term = Lexicon.Terms[head.Term];
            int nameWord = -1;
            bool ownerPerson = term.Has(TermFlags.PersonNoun);
            bool qualified = false;

            // "PassportImage", "SignatureImage": the image of what the earlier term names.
            if (term.Text is "image" or "images" && matches.Count >= 2 && matches[matches.Count - 2].End == head.Start)
            {
                head = matches[matches.Count - 2];
                term = Lexicon.Terms[head.Term];
                ownerPerson = term.Has(TermFlags.PersonNoun);
            }

            // "FirstName" is a term of its own; for the bare word, what precedes it decides.
            if (term.Has(TermFlags.BareName) && head.Start > 0)
            {
                string previous = words[head.Start - 1];
                if (matches.Count >= 2 && matches[matches.Count - 2].End == head.Start)
                {
                    nameWord = head.Start; // "CityName" is the city, "ContactPersonName" the contact person
                    head = matches[matches.Count - 2];
                    term = Lexicon.Terms[head.Term];
                    ownerPerson = term.Has(TermFlags.PersonNoun);
                }
                else if (Lexicon.Is(previous, WordFlags.Person))
                {
                    ownerPerson = true; // "CustomerName", "ManagerName"
                }
                else if (Lexicon.Is(previous, WordFlags.AddressQualifier))
                {
                    qualified = true; // "ShippingName"
                }
                else
                {
                    return default; // "FileName", "HostName", "CompanyName", "ProductName"
                }
            }

            // Words after the head: "PhoneNumber", "AvatarUrl", "NomClient", "AdresseLivraison" keep it; "EmailTemplateId",
            // "PasswordPolicy", "EmailFrequency" do not.
            for (int k = head.End; k < n; k++)
            {
                string word = words[k];
                WordFlags flags = Lexicon.Flags(word);
                if (k == nameWord || IsNumber(word))
                {
                    continue;
                }

                if ((flags & WordFlags.Person) != 0)
                {
                    ownerPerson = true;
                }
                else if ((flags & WordFlags.AddressQualifier) != 0)
                {
                    qualified = true;
                }
                else if ((flags & WordFlags.Metadata) != 0)
                {
                    if (!(term.Has(TermFlags.AllowsCode) && word == "code") && !(term.Has(TermFlags.AllowsDate) && IsDateWord(word)))
                    {
                        return default;
                    }
                }
                else if ((flags & WordFlags.Transparent) == 0 && !term.Has(TermFlags.Adjective))
                {
                    return default;
                }
            }

            for (int k = 0; k < head.Start; k++)
            {
                WordFlags flags = Lexicon.Flags(words[k]);
                ownerPerson |= (flags & WordFlags.Person) != 0;
                qualified |= (flags & WordFlags.AddressQualifier) != 0;
            }

            // The word right before the head says whose it is: a system's, a test's, a threshold ("SmtpPassword",
            // "SupportEmail", "MinimumAge"), or a company's on a type that is not a person ("CompanyPhone").
            if (head.Start > 0)
            {
                WordFlags previous = Lexicon.Flags(words[head.Start - 1]);
                // On a person an organisation's address is still the organisation's ("Doctor.ClinicAddress",
                // "Teacher.OfficeLocation"); its e-mail or phone there is the person's work contact.
                if ((previous & WordFlags.NegatingPrefix) != 0
                    || (previous & WordFlags.Organization) != 0
                        && (!scope.PersonType || term.Category is DataCategory.PostalAddress or DataCategory.Geolocation))
                {
                    return default;
                }
            }

            // A note or a photo qualified by a special category is that category ("MedicalNotes").
            SpecialCategory? special = term.Special;
            bool criminal = term.Has(TermFlags.Criminal);
            bool upgraded = false;
            if (special is null && !criminal && term.Category is DataCategory.Correspondence or DataCategory.Photo or DataCategory.CallRecording or DataCategory.Signature or DataCategory.Other)
            {
                for (int m = 0; m < matches.Count && matches[m].End <= head.Start; m++)
                {
                    Term earlier = Lexicon.Terms[matches[m].Term];
                    if (earlier.Special is not null || earlier.Has(TermFlags.Criminal))
                    {
                        special = earlier.Special;
                        criminal = earlier.Has(TermFlags.Criminal);
                        upgraded = true;
                    }
                }
            }

            bool sensitive = special is not null || criminal;
            if (!CanHold(scope.Value, term.Category, sensitive, term.Has(TermFlags.AllowsDate)))
            {
                return default;
            }

            // On a product, a template or a setting only a person word makes it a person's ("OwnerEmail", "AuthorName").
            if (scope.Kind == TypeKind.NonPerson && !ownerPerson
                || scope.Kind == TypeKind.Organization && !ownerPerson && !sensitive && !IsPersonalEvenForCompanies(term.Category)
                    && !(term.Rule == TermRule.Strong && term.Category is DataCategory.Name or DataCategory.DateOfBirth
                        && Array.IndexOf(InitialsWords, term.Text) < 0))
            {
                return default;
            }

            // "Weight" or "Temperature" is health data only on a person or next to other health data.
            if (term.Has(TermFlags.Measure) && !scope.PersonType && scope.SensitiveType() is null && !scope.HasSensitiveSibling())
            {
                return default;
            }

            var positive = new NameVerdict(true, term.Category, special, term.Text);
            if (ownerPerson || upgraded)
            {
                return positive;
            }

            return term.Rule switch
            {
                TermRule.Strong => positive,
                // A company's own contact data next to it does not make a person term a person's.
                TermRule.Person when scope.PersonType || qualified || scope.Kind != TypeKind.Organization && scope.HasPersonalSibling() => positive,
                // A job application's "FullName" or "CoverLetter", a booking's "Age": what only a person has, on what belongs
                // to one. A bare "Name" there may be the thing's own.
                TermRule.Person when scope.Kind == TypeKind.PersonRelated && !term.Has(TermFlags.BareName) && !term.Has(TermFlags.AllowsDate)
                    && OnlyPeopleHave(term.Category) => positive,
                TermRule.Contextual when scope.PersonType || qualified || scope.Kind == TypeKind.PersonRelated
                    || scope.HasPersonReferenceSibling() || scope.HasPersonalSibling() || sensitive && scope.SensitiveType() is not null => positive,
                TermRule.Person when sensitive && scope.SensitiveType() is not null => positive,
                // A person's "Title" is their honorific or job title; a "Description" on a type only named after people may
                // be the record's.
                TermRule.Authored when scope.KnownPersonType
                    || scope.PersonType && Array.IndexOf(TitleWords, term.Text) >= 0
                        && Array.IndexOf(VocabularyData.AccountWords, HeadOf(scope.ContainingTypeWords)) < 0
                    || scope.IsAuthoredContent() && (scope.HasPersonReferenceSibling() || scope.HasPersonalSibling()) => positive,
                _ => default,
            };
        }

        /// <summary>
        /// A text member with no vocabulary term: a person noun holds the person's name ("Recipient", "Ansprechpartner",
        /// "Owner"); the lone secret of a credential type is a credential ("RefreshToken.Token").
        /// </summary>
        private static NameVerdict EvaluateWithoutTerm(string[] words, Scope scope)
        {
            if (scope.Value is not (ValueKind.Text or ValueKind.Unknown))
            {
                return default;
            }

            // A person noun holds a name whatever the type: an article's "Author", a product's "Owner".
            string last = words[words.Length - 1];
            if (Lexicon.Is(last, WordFlags.Person) && (words.Length == 1 || !Lexicon.Is(words[words.Length - 2], WordFlags.NegatingPrefix)))
            {
                return new NameVerdict(true, DataCategory.Name, null, last);
            }

            if (scope.Kind == TypeKind.NonPerson)
            {
                return default;
            }

            if (Lexicon.Is(last, WordFlags.CredentialCarrier))
            {
                foreach (Match match in FindTerms(scope.ContainingTypeWords))
                {
                    if (Lexicon.Terms[match.Term].Category == DataCategory.Credentials)
                    {
                        return new NameVerdict(true, DataCategory.Credentials, null, Lexicon.Terms[match.Term].Text);
                    }
                }
            }

            return default;
        }

        /// <summary>Finds terms left to right, each the longest that starts at its word.</summary>
        private static List<Match> FindTerms(string[] words)
        {
            var matches = new List<Match>(2);
            for (int start = 0; start < words.Length;)
            {
                int end = -1, term = -1;
                int node = CharTrie.Root;
                for (int k = start; k < words.Length && node != CharTrie.None; k++)
                {
                    foreach (char c in words[k])
                    {
                        node = Lexicon.TermTrie.Child(node, c);
                        if (node == CharTrie.None)
                        {
                            break;
                        }
                    }

                    if (node != CharTrie.None && Lexicon.TermTrie.Value(node) >= 0)
                    {
                        end = k + 1;
                        term = Lexicon.TermTrie.Value(node);
                    }
                }

                if (term >= 0)
                {
                    matches.Add(new Match(start, end, term));
                    start = end;
                }
                else
                {
                    start++;
                }
            }

            return matches;
        }

        /// <summary>Whether a member of this kind can hold data of this category.</summary>
        private static bool CanHold(ValueKind value, DataCategory category, bool sensitive, bool dated) => value switch
        {
            ValueKind.TimeSpan => category == DataCategory.Career, // time worked ("OvertimeHours"); otherwise a duration
            ValueKind.Boolean => sensitive, // a flag about processing, unless it reveals a special category ("HasDisability")
            // A timestamp about processing, unless the term is a date of the person's life ("BirthDate", "HireDate")
            ValueKind.DateTime => sensitive || dated,
            // Years of experience, hours worked and marks are numbers; names, messages and job titles are not.
            ValueKind.Number => category is not (DataCategory.Name or DataCategory.EmailAddress
                or DataCategory.AccountIdentifier or DataCategory.Correspondence or DataCategory.CallRecording
                or DataCategory.Signature or DataCategory.Photo or DataCategory.Professional),
            ValueKind.Guid => category is not (DataCategory.Name or DataCategory.EmailAddress
                or DataCategory.AccountIdentifier or DataCategory.Correspondence or DataCategory.CallRecording
                or DataCategory.Signature or DataCategory.Photo or DataCategory.Professional or DataCategory.Education
                or DataCategory.Career),
            _ => true,
        };

        /// <summary>Categories of data that only a natural person has: nothing but a person has a full name, a gender, a
        /// CV. (Not an age: a ticket has one; not a department or a specialty: a support ticket and an appointment have
        /// them; not an image: a ticket has a QR code image.)</summary>
        private static bool OnlyPeopleHave(DataCategory category) =>
            category is DataCategory.Name or DataCategory.Gender or DataCategory.Career or DataCategory.Education
                or DataCategory.Family;

        /// <summary>Categories that stay personal on a company: its credentials and online identifiers are still used by
        /// people, and national identifiers only identify people.</summary>
        private static bool IsPersonalEvenForCompanies(DataCategory category) =>
            category is DataCategory.Credentials or DataCategory.NationalIdentifier or DataCategory.IpAddress or DataCategory.DeviceIdentifier;

        private static bool IsNumber(string word)
        {
            foreach (char c in word)
            {
                if (!char.IsDigit(c))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsDateWord(string word) => word is "date" or "dates" or "datum" or "day" or "on" or "at" or "dag" or "tag" or "jour";

        /// <summary>The kind of the declaring type, from the head noun of its name (type suffixes such as Dto dropped).</summary>
        private static TypeKind KindOf(string typeName) => TypeKinds.Get(typeName);

        private static TypeKind ComputeKind(string[] words)
        {
            int end = HeadEnd(words);
            if (end == 0)
            {
                return TypeKind.Unknown;
            }

            WordFlags head = Lexicon.Flags(words[end - 1]);
            if ((head & WordFlags.PersonType) != 0)
            {
                if (end >= 2 && Array.IndexOf(VocabularyData.LegalPersonPrefixes, words[end - 2]) >= 0
                    && words[end - 1] is "person" or "persons" or "persoon" or "personen" or "personne" or "personnes")
                {
                    return TypeKind.Organization;
                }

                // "OAuthClient", "SmtpClient", "ApiUser" are systems' accounts; a "WebCustomer" or "MailSubscriber" is a person
                return end >= 2 && Lexicon.Is(words[end - 2], WordFlags.SystemPrefix) && Array.IndexOf(VocabularyData.AccountWords, words[end - 1]) >= 0
                    ? TypeKind.NonPerson
                    : TypeKind.Person;
            }

            if ((head & WordFlags.Organization) != 0)
            {
                return TypeKind.Organization;
            }

            if ((head & WordFlags.NonPersonType) != 0)
            {
                return TypeKind.NonPerson;
            }

            for (int k = 0; k < end; k++)
            {
                if (Lexicon.Is(words[k], WordFlags.PersonType | WordFlags.PersonRelatedType))
                {
                    return TypeKind.PersonRelated; // "Order", "OrderLine", "CustomerNote", "DossierMedical"
                }
            }

            return TypeKind.Unknown;
        }

        /// <summary>The normalized words of an identifier, split once per distinct identifier. Callers must not modify the
        /// array.</summary>
        private static string[] WordsOf(string identifier) => Words.Get(identifier);

        private static ValueKind ValueKindOf(string typeName)
        {
            string name = typeName.Trim().TrimEnd('?');
            switch (name.ToLowerInvariant())
            {
                case "":
                    return ValueKind.Unknown;
                case "string" or "char[]":
                    return ValueKind.Text;
                case "boolean" or "bool":
                    return ValueKind.Boolean;
                case "datetime" or "datetimeoffset" or "dateonly" or "timeonly":
                    return ValueKind.DateTime;
                case "timespan":
                    return ValueKind.TimeSpan;
                case "int16" or "int32" or "int64" or "uint16" or "uint32" or "uint64" or "byte" or "sbyte" or "single" or "double"
                    or "decimal" or "short" or "int" or "long" or "ushort" or "uint" or "ulong" or "float" or "biginteger" or "half"
                    or "nint" or "nuint" or "intptr":
                    return ValueKind.Number;
                case "guid":
                    return ValueKind.Guid;
                case "byte[]":
                    return ValueKind.Binary;
            }

            foreach (string word in WordsOf(name))
            {
                if (Lexicon.Is(word, WordFlags.InfrastructureType))
                {
                    return ValueKind.Service;
                }
            }

            return ValueKind.Unknown;
        }

        /// <summary>A term found in a name: words [Start, End) matched <see cref="Lexicon.Terms"/>[Term].</summary>
        private readonly struct Match
        {
            public Match(int start, int end, int term)
            {
                Start = start;
                End = end;
                Term = term;
            }

            public int Start { get; }

            public int End { get; }

            public int Term { get; }
        }

        /// <summary>The identity and organisation counts of each list of member names, for as long as the list lives.</summary>
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<string>, FactCounts> TypeFactCounts = new();

        /// <summary>How many names of a list identify a person, and how many describe an organisation.</summary>
        private sealed class FactCounts
        {
            private readonly int identity;
            private readonly int organization;

            public FactCounts(int identity, int organization)
            {
                this.identity = identity;
                this.organization = organization;
            }

            public int Of(SiblingFacts fact) => fact == SiblingFacts.Identity ? identity : fact == SiblingFacts.Organization ? organization : 0;
        }

        /// <summary>The context of one classification, with sibling facts computed lazily (most members match no term).</summary>
        private sealed class Scope
        {
            private readonly NameContext? context;
            private bool? personalSibling;
            private bool? personReferenceSibling;
            private bool? sensitiveSibling;
            private string[]? containingTypeWords;
            private Term? sensitiveType;
            private bool sensitiveTypeKnown;

            public Scope(NameContext context)
            {
                this.context = context;
                Kind = KindOf(context.ContainingTypeName ?? string.Empty);
                if (Kind != TypeKind.Organization)
                {
                    int identity = CountInType(SiblingFacts.Identity);

                    // A request's metadata, an import row or a job that holds a first name and a birth date holds a
                    // person's identity whatever its name says: it is read as a type of unknown kind.
                    if (Kind == TypeKind.NonPerson && identity >= 2)
                    {
                        Kind = TypeKind.Unknown;
                    }

                    // A CRM's "Account" with an industry and a revenue, a "Kunde" with a business and a person to contact
                    // there: the type is an organisation, unless it also holds a person's name or birth date. One such
                    // member is not enough: a job application records the applicant's industry, a patient a contact person.
                    else if (Kind != TypeKind.NonPerson && !context.ContainingTypeIsPersonType && identity == 0
                        && CountInType(SiblingFacts.Organization) >= 2)
                    {
                        Kind = TypeKind.Organization;
                    }
                }

                PersonType = context.ContainingTypeIsPersonType || Kind == TypeKind.Person;
                Value = ValueKindOf(context.MemberTypeName ?? string.Empty);
                MemberTypeName = context.MemberTypeName ?? string.Empty;
            }

            /// <summary>A scope for classifying a sibling on its own: no type, no context, strong evidence only.</summary>
            private Scope()
            {
                Kind = TypeKind.Unknown;
                Value = ValueKind.Unknown;
                MemberTypeName = string.Empty;
                SiblingMode = true;
                personalSibling = false;
                personReferenceSibling = false;
                sensitiveSibling = false;
            }

            public TypeKind Kind { get; }

            public bool PersonType { get; }

            /// <summary>The caller knows the declaring type describes a person (an Identity user, a [DataSubject]), not
            /// only its name says so ("Client" may be an OAuth client).</summary>
            public bool KnownPersonType => context?.ContainingTypeIsPersonType == true;

            public ValueKind Value { get; }

            public string MemberTypeName { get; }

            public bool SiblingMode { get; }

            public string[] ContainingTypeWords =>
                containingTypeWords ??= WordsOf(context?.ContainingTypeName ?? string.Empty);

            private static Scope SiblingScope { get; } = new();

            /// <summary>The special-category or criminal term that the declaring type's name contains ("MedicalRecord",
            /// "AllergyInfo"), if any.</summary>
            public Term? SensitiveType()
            {
                if (!sensitiveTypeKnown)
                {
                    sensitiveTypeKnown = true;
                    if (Kind != TypeKind.NonPerson)
                    {
                        foreach (Match match in FindTerms(ContainingTypeWords))
                        {
                            Term term = Lexicon.Terms[match.Term];
                            if (term.Special is not null || term.Has(TermFlags.Criminal))
                            {
                                sensitiveType = term;
                            }
                        }
                    }
                }

                return sensitiveType;
            }

            /// <summary>Whether the declaring type is content a person writes ("ProductReview", "Ticket", "CommentDto",
            /// "UserDescription").</summary>
            public bool IsAuthoredContent()
            {
                if (Kind is TypeKind.NonPerson or TypeKind.Organization)
                {
                    return false;
                }

                return Array.IndexOf(VocabularyData.AuthoredContentWords, HeadOf(ContainingTypeWords)) >= 0;
            }

            /// <summary>Whether another member of the type is personal data by itself ("Email" next to "Name").</summary>
            public bool HasPersonalSibling() => personalSibling ??= AnySibling(SiblingFacts.Personal);

            /// <summary>Whether another member is special-category data by its name alone ("Diagnosis", "Allergies").</summary>
            public bool HasSensitiveSibling() => sensitiveSibling ??= AnySibling(SiblingFacts.Sensitive);

            /// <summary>Whether another member refers to a person by key ("CustomerId", "KlantNummer", "OwnerUserId").</summary>
            public bool HasPersonReferenceSibling() => personReferenceSibling ??= AnySibling(SiblingFacts.PersonReference);

            /// <summary>Whether another member's name contains one of <paramref name="wanted"/> (normalized words).</summary>
            public bool HasSiblingWord(string[] wanted)
            {
                foreach (string name in context?.SiblingMemberNames ?? Array.Empty<string>())
                {
                    if (name is null || string.Equals(name, context!.MemberName, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    foreach (string word in WordsOf(name))
                    {
                        if (Array.IndexOf(wanted, word) >= 0)
                        {
                            return true;
                        }
                    }
                }

                return false;
            }

            /// <summary>How many members of the type, the member itself included, have <paramref name="fact"/>
            /// (<see cref="SiblingFacts.Identity"/> or <see cref="SiblingFacts.Organization"/>), so that every member of a
            /// type sees the same kind. Every member asks, so the counts are taken once per list of names (the analyzer
            /// shares one list, which holds the member itself, among a type's members).</summary>
            private int CountInType(SiblingFacts fact)
            {
                IReadOnlyList<string>? names = context?.SiblingMemberNames;
                if (context is null || names is null)
                {
                    return 0;
                }

                int count = TypeFactCounts.GetValue(names, CountFacts).Of(fact);
                if ((FactsOf(context.MemberName) & fact) != 0)
                {
                    bool listed = false;
                    foreach (string name in names)
                    {
                        if (string.Equals(name, context.MemberName, StringComparison.Ordinal))
                        {
                            listed = true;
                            break;
                        }
                    }

                    count += listed ? 0 : 1;
                }

                return count;
            }

            private static FactCounts CountFacts(IReadOnlyList<string> names)
            {
                int identity = 0, organization = 0;
                foreach (string name in names)
                {
                    SiblingFacts facts = name is null ? SiblingFacts.None : FactsOf(name);
                    identity += (facts & SiblingFacts.Identity) != 0 ? 1 : 0;
                    organization += (facts & SiblingFacts.Organization) != 0 ? 1 : 0;
                }

                return new FactCounts(identity, organization);
            }

            private bool AnySibling(SiblingFacts fact)
            {
                IReadOnlyList<string> names = context?.SiblingMemberNames ?? Array.Empty<string>();
                foreach (string name in names)
                {
                    if (name is not null && !string.Equals(name, context!.MemberName, StringComparison.Ordinal) && (FactsOf(name) & fact) != 0)
                    {
                        return true;
                    }
                }

                return false;
            }

            /// <summary>The facts of one sibling name, computed once per name.</summary>
            private static SiblingFacts FactsOf(string name) => Siblings.Get(name);

            /// <summary>Computes the facts of one sibling name.</summary>
            internal static SiblingFacts ComputeFacts(string name)
            {
                string[] words = WordsOf(name);
                SiblingFacts facts = SiblingFacts.None;
                foreach (string[] phrase in OrganizationEvidence)
                {
                    // The whole name: "IndustryId" or "EmergencyContactPerson" says nothing about the type.
                    if (words.Length == phrase.Length && ContainsSequence(words, phrase))
                    {
                        facts |= SiblingFacts.Organization;
                        break;
                    }
                }

                NameVerdict alone = words.Length > 0 ? Evaluate(words, SiblingScope) : default;
                if (alone.IsPersonalData)
                {
                    facts |= SiblingFacts.Personal;
                    if (alone.SpecialCategory is not null)
                    {
                        facts |= SiblingFacts.Sensitive;
                    }

                    // The person to contact at an organisation ("Ansprechpartner") names someone, but not the type's subject.
                    if (alone.Category is DataCategory.Name or DataCategory.DateOfBirth or DataCategory.NationalIdentifier
                        && (facts & SiblingFacts.Organization) == 0)
                    {
                        facts |= SiblingFacts.Identity;
                    }
                }

                if (words.Length >= 2 && Lexicon.Is(words[words.Length - 1], WordFlags.Reference) && Array.Exists(words, w => Lexicon.Is(w, WordFlags.Person)))
                {
                    facts |= SiblingFacts.PersonReference;
                }

                return facts;
            }
        }
    }
}
