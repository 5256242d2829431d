using System;
using System.Collections.Generic;
using System.Linq;
using Pii.Generator.Model;
using Pii.Tagging;

namespace Pii.Generator.Parsing
{
    /// <summary>
    /// Builds the record of processing of an assembly from its parsed tagged types (so that the record lists exactly
    /// the members the generated code exports and erases) and its declarations. Plain data in, plain data out: no
    /// symbol is looked at here, which keeps a keystroke that changes neither cheap.
    /// </summary>
    internal static class RecordParser
    {
        /// <summary>The user-assigned ISO 3166-1 code that CLDR uses for an unknown region.</summary>
        private const string UnknownCountry = "ZZ";

        /// <summary>The record, or <see langword="null"/> when the assembly neither tags nor declares anything, or its runtime has no record types.</summary>
        public static RecordSpec? Build(string assembly, IReadOnlyList<TypeSpec> allSpecs, RecordDeclarations? declarations, ISet<string>? notShredded = null)
        {
            List<TypeSpec> specs = allSpecs.Where(s => s.Record is not null).ToList();
            if (declarations is null || (specs.Count == 0 && declarations.IsEmpty))
            {
                return null;
            }

            // Each type's subject; a subject's kind as its own spec says it now; owned types take their owner's subject.
            var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (TypeSpec spec in specs)
            {
                if (spec.IsDataSubject && spec.Record!.SubjectRoot is { } own && !kinds.ContainsKey(own.Type))
                {
                    kinds.Add(own.Type, own.Kind);
                }
            }

            var entities = new SortedDictionary<string, EntityRecordSpec>(StringComparer.Ordinal);
            foreach (TypeSpec spec in specs)
            {
                RecordTypeSpec type = spec.Record!;
                string? subject = type.SubjectRoot is { } root ? (kinds.TryGetValue(root.Type, out string? current) ? current : root.Kind) : null;
                if (!entities.ContainsKey(type.Type))
                {
                    entities.Add(type.Type, new EntityRecordSpec(type.Type, type.Name, subject, type.Key, type.Link));
                }
            }

            // An owned type has its owner's subject; owners can be owned themselves, so until nothing changes. A type with a
            // key is an entity of its own (held by reference), unless EF Core's [Owned] makes it a part (a keyed OwnsMany element).
            var ownedByAttribute = new HashSet<string>(specs.Where(s => s.Record!.OwnedByAttribute).Select(s => s.Record!.Type), StringComparer.Ordinal);
            for (bool changed = true; changed;)
            {
                changed = false;
                foreach (TypeSpec spec in specs)
                {
                    foreach (RecordMemberSpec member in spec.Record!.Members)
                    {
                        if (member.OwnedType is { } owned
                            && entities.TryGetValue(owned, out EntityRecordSpec? ownedEntity)
                            && ownedEntity.Subject is null
                            && (ownedEntity.Key is null || ownedByAttribute.Contains(owned))
                            && entities[spec.Record.Type].Subject is { } ownerSubject)
                        {
                            entities[owned] = ownedEntity with { Subject = ownerSubject };
                            changed = true;
                        }
                    }
                }
            }

            var fields = new List<FieldRecordSpec>();
            var descriptions = new Dictionary<string, string>(StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var encrypted = new SortedSet<string>(StringComparer.Ordinal);
            var shredded = new SortedSet<string>(StringComparer.Ordinal);
            foreach (TypeSpec spec in specs)
            {
                RecordTypeSpec type = spec.Record!;
                EntityRecordSpec entity = entities[type.Type];
                for (int i = 0; i < spec.Members.Count; i++)
                {
                    MemberSpec member = spec.Members[i];
                    RecordMemberSpec? where = i < type.Members.Count && type.Members[i].Name == member.Name ? type.Members[i] : null;
                    foreach (PurposeNote note in where?.Descriptions ?? EquatableArray<PurposeNote>.Empty)
                    {
                        if (!descriptions.ContainsKey(note.Purpose))
                        {
                            descriptions.Add(note.Purpose, note.Description);
                        }
                    }

                    if (member.IsOwned || !seen.Add(entity.Type + "." + member.Name))
                    {
                        continue;
                    }

                    if (member.IsProtected)
                    {
                        string shortName = entity.Type.Substring(entity.Type.LastIndexOf('.') + 1) + "." + member.Name;
                        // A context that cannot find the subject's key encrypts it under the key ring: no copy is shredded.
                        bool isShredded = member.Erasure == ErasureStrategy.CryptoShred && notShredded?.Contains(entity.Type + "." + member.Name) != true;
                        (isShredded ? shredded : encrypted).Add(shortName);
                    }

                    fields.Add(new FieldRecordSpec(
                        entity.Type + "." + member.Name,
                        entity.Type,
                        member.Name,
                        entity.Subject,
                        member.Category,
                        member.SpecialCategory,
                        member.Condition,
                        member.Purposes,
                        member.Erasure,
                        member.Redaction,
                        where?.Location));
                }
            }

            fields.Sort((a, b) => string.CompareOrdinal(a.Member, b.Member));
            List<EntityRecordSpec> entityList = entities.Values.ToList();
            // PII010 reports what is wrong with a declaration (Check, on the declarations as written); the record holds
            // what the schema allows (Normalized), so that the JSON and an accepted baseline stay valid.
            List<RecipientSpec> recipients = declarations.Recipients.Select(r => Normalized(r.Value)).OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
            List<PurposeRecordSpec> purposes = Purposes(declarations, recipients, fields, descriptions);
            var problems = new List<RecordProblem>();
            Check(declarations, purposes, problems);

            // What the tags themselves protect is a measure of Art. 30(1)(g) too, stated from the code.
            var measures = declarations.SecurityMeasures.Distinct().ToList();
            if (encrypted.Count > 0)
            {
                measures.Add("Encryption at rest (AES-256-GCM, keys kept outside the database) of " + string.Join(", ", encrypted));
            }

            if (shredded.Count > 0)
            {
                measures.Add("Crypto-shredding (encrypted under a key of each data subject's own, destroyed on erasure, so that copies in backups can no longer be read) of " + string.Join(", ", shredded));
            }

            return new RecordSpec(
                assembly,
                declarations.Controller,
                declarations.Officer,
                purposes.ToEquatableArray(),
                Subjects(specs, entityList, kinds),
                entityList.ToEquatableArray(),
                recipients.ToEquatableArray(),
                declarations.Transfers.Select(t => Normalized(t.Value)).OrderBy(t => t.Recipient, StringComparer.Ordinal).ThenBy(t => t.Country, StringComparer.Ordinal).ToEquatableArray(),
                measures.OrderBy(m => m, StringComparer.Ordinal).ToEquatableArray(),
                Retention(fields).ToEquatableArray(),
                fields.ToEquatableArray(),
                problems.ToEquatableArray());
        }

        /// <summary>
        /// Whether one ISO 8601 duration is longer than another, with a year as 365.2425 days and a month as a twelfth of
        /// that. Not through dates: a retention such as <c>P9999Y</c> (meant as "for ever") has no end date.
        /// </summary>
        public static bool Longer(string left, string right) =>
            IsoDuration.TryParse(left, out IsoDuration a) && IsoDuration.TryParse(right, out IsoDuration b) && Seconds(a) > Seconds(b);

        private static double Seconds(IsoDuration duration)
        {
            const double Day = 86400, Year = 365.2425 * Day;
            return (duration.Years * Year) + (duration.Months * Year / 12) + (((duration.Weeks * 7.0) + duration.Days) * Day)
                + (duration.Hours * 3600.0) + (duration.Minutes * 60.0) + duration.Seconds;
        }

        /// <summary>Every subject a chain ends at, with or without tagged members of its own, by kind.</summary>
        private static EquatableArray<SubjectRecordSpec> Subjects(List<TypeSpec> specs, List<EntityRecordSpec> entities, Dictionary<string, string> kinds)
        {
            var subjects = new SortedDictionary<string, SubjectRecordSpec>(StringComparer.Ordinal);
            foreach (SubjectRootSpec root in specs.Select(s => s.Record!.SubjectRoot).OfType<SubjectRootSpec>().OrderBy(r => r.Type, StringComparer.Ordinal))
            {
                string kind = kinds.TryGetValue(root.Type, out string? current) ? current : root.Kind;
                if (!subjects.ContainsKey(kind))
                {
                    EquatableArray<string> members = entities.Where(e => e.Subject == kind).Select(e => e.Type).ToEquatableArray();
                    subjects.Add(kind, new SubjectRecordSpec(kind, root.Description, root.Type, root.Key, members));
                }
            }

            return subjects.Values.ToEquatableArray();
        }

        private static List<PurposeRecordSpec> Purposes(RecordDeclarations declarations, List<RecipientSpec> recipients, List<FieldRecordSpec> fields, Dictionary<string, string> descriptions)
        {
            var names = new SortedSet<string>(StringComparer.Ordinal);
            names.UnionWith(declarations.Purposes.Select(p => p.Value.Name));
            foreach (FieldRecordSpec field in fields)
            {
                names.UnionWith(field.Purposes.Select(p => p.Name));
            }

            var purposes = new List<PurposeRecordSpec>();
            foreach (string name in names)
            {
                PurposeDeclaration? declared = declarations.Purpose(name)?.Value;
                var uses = fields.SelectMany(f => f.Purposes.Where(p => p.Name == name).Select(p => (Field: f, Purpose: p))).ToList();

                LegalBasis basis = declared?.LegalBasis ?? LegalBasis.Unspecified;
                if (basis == LegalBasis.Unspecified)
                {
                    basis = uses.Select(u => u.Purpose.LegalBasis).FirstOrDefault(b => b != LegalBasis.Unspecified);
                }

                string? retention = declared is not null && IsoDuration.TryParse(declared.Retention, out IsoDuration duration) ? duration.ToString() : null;
                string? trigger = declared?.RetentionTrigger;
                if (retention is null && uses.Count > 0 && uses.All(u => u.Purpose.Retention == uses[0].Purpose.Retention))
                {
                    retention = uses[0].Purpose.Retention;
                    trigger ??= uses[0].Purpose.RetentionTrigger;
                }

                string? description = declared?.Description is { Length: > 0 } declaredDescription ? declaredDescription
                    : descriptions.TryGetValue(name, out string? tagged) ? tagged : null;

                purposes.Add(new PurposeRecordSpec(
                    name,
                    description,
                    basis,
                    Sorted(uses.Select(u => u.Field.SpecialCategory is null ? null : u.Field.Condition?.ToString())),
                    retention,
                    trigger,
                    Sorted(uses.Select(u => u.Field.Subject)),
                    Sorted(uses.Select(u => u.Field.Category.ToString())),
                    Sorted(uses.Select(u => u.Field.SpecialCategory?.ToString())),
                    Sorted(recipients.Where(r => r.Purposes.IsEmpty || r.Purposes.Contains(name)).Select(r => r.Name)),
                    Sorted(uses.Select(u => u.Field.Member))));
            }

            return purposes;
        }

        private static EquatableArray<string> Sorted(IEnumerable<string?> values) =>
            values.OfType<string>().Distinct().OrderBy(v => v, StringComparer.Ordinal).ToEquatableArray();

        /// <summary>Per purpose and category, the longest retention of the members (none when one member has none: it is kept without limit).</summary>
        private static List<RetentionSpec> Retention(List<FieldRecordSpec> fields)
        {
            var rows = new SortedDictionary<string, RetentionSpec>(StringComparer.Ordinal);
            foreach (FieldRecordSpec field in fields)
            {
                foreach (PurposeSpec purpose in field.Purposes)
                {
                    // Purpose names and enum names hold no '\n': the key sorts by purpose, then category.
                    string key = purpose.Name + "\n" + field.Category;
                    if (!rows.TryGetValue(key, out RetentionSpec? row))
                    {
                        rows.Add(key, new RetentionSpec(purpose.Name, field.Category, purpose.Retention, purpose.RetentionTrigger));
                    }
                    else if (row.Retention is not null && (purpose.Retention is null || Longer(purpose.Retention, row.Retention)))
                    {
                        // The longer retention's own start: another member's trigger belongs to another period.
                        rows[key] = row with { Retention = purpose.Retention, Trigger = purpose.RetentionTrigger };
                    }
                }
            }

            return rows.Values.ToList();
        }

        private static void Check(RecordDeclarations declarations, List<PurposeRecordSpec> purposes, List<RecordProblem> problems)
        {
            if (declarations.Controller is null)
            {
                problems.Add(new RecordProblem("no controller is declared (Art. 30(1)(a)): add [assembly: DataController(\"name\", Contact = \"...\")]", null));
            }
            else if (declarations.Controller.Contact is null)
            {
                problems.Add(new RecordProblem($"the controller '{declarations.Controller.Name}' has no contact details (Art. 30(1)(a)): set Contact on [DataController]", declarations.ControllerLocation));
            }

            if (declarations.SecurityMeasures.IsEmpty)
            {
                problems.Add(new RecordProblem("no security measure is described (Art. 30(1)(g)): add [assembly: SecurityMeasure(\"...\")] for each technical and organisational measure", null));
            }

            foreach (PurposeRecordSpec purpose in purposes)
            {
                if (purpose.Description is null)
                {
                    // A purpose only short-form tags name has no declaration to describe (PII003 reports those tags).
                    problems.Add(declarations.Purpose(purpose.Name) is { } declared
                        ? new RecordProblem($"purpose '{purpose.Name}' has no description (Art. 30(1)(b)): set Description on its [ProcessingPurpose] or on a tag", declared.Location)
                        : new RecordProblem($"purpose '{purpose.Name}' has no description (Art. 30(1)(b)) and no [ProcessingPurpose] declares it: set Description on a tag, or declare it with [assembly: ProcessingPurpose(\"{purpose.Name}\", ..., Description = \"...\")]", null));
                }
            }

            var names = new HashSet<string>(purposes.Select(p => p.Name), StringComparer.Ordinal);
            foreach (Located<RecipientSpec> located in declarations.Recipients)
            {
                RecipientSpec recipient = located.Value;
                if (recipient.Role == RecipientRole.Unspecified)
                {
                    problems.Add(new RecordProblem($"recipient '{recipient.Name}' has no role (Art. 30(1)(d)): say whether it is a processor, a sub-processor, a joint controller, a third party or a public authority", located.Location));
                }

                foreach (string purpose in recipient.Purposes.Where(p => !names.Contains(p)))
                {
                    problems.Add(new RecordProblem($"recipient '{recipient.Name}' receives data for purpose '{purpose}', which no tag and no [ProcessingPurpose] declares", located.Location));
                }

                if (recipient.Country is { } country && !IsCountryCode(country))
                {
                    problems.Add(new RecordProblem($"recipient '{recipient.Name}': '{country}' is not an ISO 3166-1 alpha-2 country code (two capital letters, such as \"NL\")", located.Location));
                }
            }

            foreach (Located<TransferSpec> located in declarations.Transfers)
            {
                TransferSpec transfer = located.Value;
                if (transfer.Safeguard == TransferSafeguard.Unspecified)
                {
                    problems.Add(new RecordProblem($"the transfer to '{transfer.Recipient}' in '{transfer.Country}' names no safeguard (Art. 30(1)(e), Chapter V)", located.Location));
                }

                if (!declarations.Recipients.Any(r => r.Value.Name == transfer.Recipient))
                {
                    problems.Add(new RecordProblem($"the transfer names recipient '{transfer.Recipient}', which no [DataRecipient] declares", located.Location));
                }

                if (!IsCountryCode(transfer.Country))
                {
                    problems.Add(new RecordProblem($"the transfer to '{transfer.Recipient}': '{transfer.Country}' is not an ISO 3166-1 alpha-2 country code (two capital letters, such as \"US\")", located.Location));
                }
            }
        }

        /// <summary>
        /// A recipient as the record holds it: a two-letter country upper-cased ("fr" is FR), any other country left out
        /// (null: not declared), blank purpose names dropped (a recipient left without purposes receives all of them).
        /// </summary>
        private static RecipientSpec Normalized(RecipientSpec recipient) => recipient with
        {
            Country = recipient.Country is { } country && CountryCode(country) is { } code ? code : null,
            Purposes = recipient.Purposes.Where(p => p.Trim().Length > 0).ToEquatableArray(),
        };

        /// <summary>
        /// A transfer as the record holds it: a two-letter country upper-cased, any other country (such as "USA") written
        /// as ZZ, the code for an unknown region: the transfer stays in the record, and PII010 asks for the right code.
        /// </summary>
        private static TransferSpec Normalized(TransferSpec transfer) => transfer with { Country = CountryCode(transfer.Country) ?? UnknownCountry };

        private static string? CountryCode(string text)
        {
            // ASCII letters only: ToUpperInvariant would make a Turkish dotless 'ı' an 'I'.
            string code = text.Trim();
            return code.Length == 2 && IsAsciiLetter(code[0]) && IsAsciiLetter(code[1]) ? code.ToUpperInvariant() : null;
        }

        private static bool IsAsciiLetter(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');

        private static bool IsCountryCode(string code) => code.Length == 2 && code[0] is >= 'A' and <= 'Z' && code[1] is >= 'A' and <= 'Z';
    }
}
