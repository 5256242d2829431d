using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace Pii.Records
{
    /// <summary>
    /// Writes a <see cref="ProcessingRecord"/> as a fideslang <b>dataset</b> (the YAML resource Ethyca Fides reads to
    /// find personal data and to run access and erasure requests across services): <c>processing-record.fides.yml</c>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Shape: a top-level <c>dataset:</c> list with one entry (<c>fides_key</c>, <c>name</c>, <c>description</c>,
    /// <c>collections</c>); one collection per entity of the record (named by the entity's
    /// <see cref="EntityEntry.Name"/>; by its full type, dots made underscores, when two entities share a name) and
    /// per other type that has tagged members. A collection's fields are the entity's key
    /// (<c>fides_meta.primary_key: true</c>), its link towards the subject (<c>fides_meta.references</c> to the
    /// target collection's key with <c>direction: from</c>: the target is visited first, as in Fides' own example
    /// datasets, where <c>orders.customer_id</c> refers to <c>customer.id</c> with <c>direction: from</c>) and every
    /// tagged member. The key of a subject root is the identity <c>&lt;kind&gt;_id</c>; an e-mail address or phone
    /// number on a subject root is the identity <c>email</c> or <c>phone_number</c> (Fides' built-in identities).
    /// Purposes, legal bases, retention, erasure and the source line go into field descriptions. The record carries
    /// no CLR types, so <c>data_type</c> is written only for the e-mail and phone identities (<c>string</c>).
    /// </para>
    /// <para>
    /// Data categories: keys of the fideslang default taxonomy as it stood from fideslang 2.0.0 through 3.1.x
    /// (<c>data_files/data_categories.csv</c> and <c>src/fideslang/default_taxonomy</c> in ethyca/fideslang). Every
    /// key used is still in the 3.2.0 default taxonomy; four of them (<c>user.health_and_medical</c>,
    /// <c>user.health_and_medical.genetic</c>, <c>user.biometric</c>, <c>user.job_title</c>) are marked deprecated
    /// there, with the replacements <c>user.health</c>, <c>user.health.genetic</c>, <c>user.biometrics</c> and
    /// <c>user.professional_information.job_title</c>, which servers on fideslang before 3.2.0 do not know. See
    /// <see cref="CategoryKey(DataCategory, SpecialCategory?)"/>.
    /// </para>
    /// <para>
    /// Output is deterministic (the record's order, invariant culture, <c>\n</c> line ends, two-space indentation).
    /// Every text taken from the record is written as a YAML double-quoted scalar with <c>\"</c>, <c>\\</c> and
    /// control characters escaped.
    /// </para>
    /// </remarks>
    public static class FidesDataset
    {
        /// <summary>Renders the dataset as YAML text.</summary>
        /// <param name="record">The record.</param>
        /// <param name="datasetKey">The dataset's <c>fides_key</c>; by default the assembly name lower-snake-cased.</param>
        /// <returns>The YAML.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
        /// <exception cref="ArgumentException"><paramref name="datasetKey"/> is not a fides key (letters, digits, <c>_</c>, <c>.</c>, <c>-</c>).</exception>
        public static string Render(ProcessingRecord record, string? datasetKey = null)
        {
            using StringWriter writer = new(CultureInfo.InvariantCulture);
            Write(record, writer, datasetKey);
            return writer.ToString();
        }

        /// <summary>Writes the dataset as YAML.</summary>
        /// <param name="record">The record.</param>
        /// <param name="writer">Where to write it.</param>
        /// <param name="datasetKey">The dataset's <c>fides_key</c>; by default the assembly name lower-snake-cased.</param>
        /// <exception cref="ArgumentNullException"><paramref name="record"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
        /// <exception cref="ArgumentException"><paramref name="datasetKey"/> is not a fides key (letters, digits, <c>_</c>, <c>.</c>, <c>-</c>).</exception>
        public static void Write(ProcessingRecord record, TextWriter writer, string? datasetKey = null)
        {
            if (record is null)
            {
                throw new ArgumentNullException(nameof(record));
            }

            if (writer is null)
            {
                throw new ArgumentNullException(nameof(writer));
            }

            string key;
            if (datasetKey is null)
            {
                key = ToFidesKey(record.Assembly);
            }
            else if (IsFidesKey(datasetKey))
            {
                key = datasetKey;
            }
            else
            {
                throw new ArgumentException("'" + datasetKey + "' is not a fides key: use letters, digits, '_', '.' and '-'.", nameof(datasetKey));
            }

            new Writer(record, writer, key).Write();
        }

        /// <summary>
        /// The fideslang data category of a member: the special category when there is one, else the category.
        /// Keys are from the fideslang default taxonomy (2.0.0 to 3.1.x, all still present in 3.2.0).
        /// </summary>
        /// <param name="category">The member's category.</param>
        /// <param name="specialCategory">The member's special category (Art. 9(1)), which takes precedence.</param>
        /// <returns>A fideslang data category key such as <c>user.contact.email</c>.</returns>
        public static string CategoryKey(DataCategory category, SpecialCategory? specialCategory = null)
        {
            if (specialCategory is SpecialCategory special)
            {
                return special switch
                {
                    SpecialCategory.RacialOrEthnicOrigin => "user.demographic.race_ethnicity",
                    SpecialCategory.PoliticalOpinions => "user.demographic.political_opinion",
                    SpecialCategory.ReligiousOrPhilosophicalBeliefs => "user.demographic.religious_belief",
                    SpecialCategory.TradeUnionMembership => "user.demographic", // user.demographic.union_membership only from 3.2.0
                    SpecialCategory.GeneticData => "user.health_and_medical.genetic", // 3.2.0: user.health.genetic
                    SpecialCategory.BiometricData => "user.biometric", // 3.2.0: user.biometrics
                    SpecialCategory.Health => "user.health_and_medical", // 3.2.0: user.health
                    SpecialCategory.SexLifeOrSexualOrientation => "user.demographic.sexual_orientation",
                    _ => "user",
                };
            }

            return category switch
            {
                DataCategory.Name => "user.name",
                DataCategory.Gender => "user.demographic.gender",
                DataCategory.DateOfBirth => "user.demographic.date_of_birth",
                DataCategory.Nationality => "user.demographic", // citizenship_or_immigration_status only from 3.2.0
                DataCategory.NationalIdentifier => "user.government_id",
                DataCategory.Photo => "user.content.self_image",
                DataCategory.EmailAddress => "user.contact.email",
                DataCategory.PhoneNumber => "user.contact.phone_number",
                DataCategory.PostalAddress => "user.contact.address",
                DataCategory.Professional => "user.job_title", // 3.2.0: user.professional_information.job_title
                DataCategory.Education => "user", // no education category in fideslang
                DataCategory.Career => "user.job_title",
                DataCategory.Family => "user.demographic.marital_status",
                DataCategory.TaxIdentifier => "user.government_id",
                DataCategory.PaymentData => "user.financial",
                DataCategory.IpAddress => "user.device.ip_address",
                DataCategory.DeviceIdentifier => "user.device.device_id",
                DataCategory.AccountIdentifier => "user.account",
                DataCategory.Credentials => "user.authorization.credentials",
                DataCategory.Geolocation => "user.location",
                DataCategory.BrowsingBehaviour => "user.behavior.browsing_history",
                DataCategory.EmailEngagement => "user.behavior",
                DataCategory.Preferences => "user.demographic.profile",
                DataCategory.CallRecording => "user.content.private",
                DataCategory.Correspondence => "user.content.private",
                DataCategory.Signature => "user.content.private",
                _ => "user", // Unspecified, Other
            };
        }

        /// <summary>The category of a key or reference that identifies the data subject (Fides' examples label them so).</summary>
        private const string SubjectIdentifier = "user.unique_id";

        /// <summary>The category of a key or reference that only serves the system.</summary>
        private const string SystemOperations = "system.operations";

        private static bool IsFidesKey(string text)
        {
            if (text.Length == 0)
            {
                return false;
            }

            foreach (char c in text)
            {
                if (!(IsAsciiLetterOrDigit(c) || c == '_' || c == '.' || c == '-'))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsAsciiLetterOrDigit(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');

        private static bool IsAsciiUpper(char c) => c >= 'A' && c <= 'Z';

        private static bool IsAsciiLowerOrDigit(char c) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');

        /// <summary>Lower snake case, keeping <c>.</c> and <c>-</c>: <c>MyShop.WebAPI</c> → <c>my_shop.web_api</c>.</summary>
        internal static string ToFidesKey(string name, bool keepDots = true)
        {
            StringBuilder result = new(name.Length + 8);
            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                if (IsAsciiLetterOrDigit(c))
                {
                    if (IsAsciiUpper(c) && i > 0 && result.Length > 0 && !IsSeparator(result[result.Length - 1]))
                    {
                        char previous = name[i - 1];
                        bool nextLower = i + 1 < name.Length && name[i + 1] >= 'a' && name[i + 1] <= 'z';
                        if (IsAsciiLowerOrDigit(previous) || (IsAsciiUpper(previous) && nextLower))
                        {
                            result.Append('_');
                        }
                    }

                    result.Append(char.ToLowerInvariant(c));
                }
                else if (keepDots && (c == '.' || c == '-'))
                {
                    result.Append(c);
                }
                else if (result.Length > 0 && result[result.Length - 1] != '_')
                {
                    result.Append('_');
                }
            }

            string key = result.ToString().Trim('_');
            return key.Length == 0 ? "dataset" : key;
        }

        private static bool IsSeparator(char c) => c == '_' || c == '.' || c == '-';

        private sealed class Writer
        {
            private readonly ProcessingRecord record;
            private readonly TextWriter output;
            private readonly string datasetKey;
            private readonly Dictionary<string, string> collectionNames = new(StringComparer.Ordinal);
            private readonly Dictionary<string, SubjectEntry> subjectsByRoot = new(StringComparer.Ordinal);

            public Writer(ProcessingRecord record, TextWriter output, string datasetKey)
            {
                this.record = record;
                this.output = output;
                this.datasetKey = datasetKey;
            }

            public void Write()
            {
                foreach (SubjectEntry subject in record.Subjects)
                {
                    if (!subjectsByRoot.ContainsKey(subject.Root))
                    {
                        subjectsByRoot.Add(subject.Root, subject);
                    }
                }

                List<CollectionPlan> collections = PlanCollections();

                Line(0, "dataset:");
                Line(1, "- fides_key: " + Quote(datasetKey));
                Line(2, "name: " + Quote(record.Assembly));
                Line(2, "description: " + Quote(DatasetDescription()));
                if (collections.Count == 0)
                {
                    Line(2, "collections: []");
                    return;
                }

                Line(2, "collections:");
                foreach (CollectionPlan collection in collections)
                {
                    WriteCollection(collection);
                }
            }

            private string DatasetDescription()
            {
                StringBuilder text = new();
                text.Append("Personal data of ").Append(record.Assembly).Append(", from its record of processing (Art. 30 GDPR).");
                if (record.Controller is ControllerEntry controller)
                {
                    text.Append(" Controller: ").Append(controller.Name);
                    if (controller.Contact is string contact)
                    {
                        text.Append(" (").Append(contact).Append(')');
                    }

                    text.Append('.');
                }

                return text.ToString();
            }

            /// <summary>One collection per entity (by type), then one per other type with tagged members.</summary>
            private List<CollectionPlan> PlanCollections()
            {
                List<CollectionPlan> plans = new();
                Dictionary<string, CollectionPlan> byType = new(StringComparer.Ordinal);
                foreach (EntityEntry entity in record.Entities)
                {
                    if (!byType.ContainsKey(entity.Type))
                    {
                        CollectionPlan plan = new(entity.Type, entity.Name, entity);
                        byType.Add(entity.Type, plan);
                        plans.Add(plan);
                    }
                }

                List<CollectionPlan> untyped = new();
                foreach (FieldEntry field in record.Fields)
                {
                    if (!byType.TryGetValue(field.Type, out CollectionPlan? plan))
                    {
                        plan = new CollectionPlan(field.Type, ShortName(field.Type), null);
                        byType.Add(field.Type, plan);
                        untyped.Add(plan);
                    }

                    plan.Fields.Add(field);
                }

                untyped.Sort((a, b) => string.CompareOrdinal(a.Type, b.Type));
                plans.AddRange(untyped);

                // Collection names must be unique within a dataset: a shared short name falls back to the full type.
                Dictionary<string, int> counts = new(StringComparer.Ordinal);
                foreach (CollectionPlan plan in plans)
                {
                    counts[plan.Name] = counts.TryGetValue(plan.Name, out int n) ? n + 1 : 1;
                }

                foreach (CollectionPlan plan in plans)
                {
                    string name = counts[plan.Name] > 1 ? plan.Type.Replace('.', '_').Replace('+', '_') : plan.Name;
                    collectionNames[plan.Type] = name;
                }

                return plans;
            }

            private static string ShortName(string type)
            {
                int cut = Math.Max(type.LastIndexOf('.'), type.LastIndexOf('+'));
                return cut >= 0 && cut < type.Length - 1 ? type.Substring(cut + 1) : type;
            }

            private string CollectionName(string type) => collectionNames.TryGetValue(type, out string? name) ? name : ShortName(type);

            private void WriteCollection(CollectionPlan collection)
            {
                EntityEntry? entity = collection.Entity;
                subjectsByRoot.TryGetValue(collection.Type, out SubjectEntry? rootOf);

                Line(3, "- name: " + Quote(CollectionName(collection.Type)));
                Line(4, "description: " + Quote(CollectionDescription(collection, rootOf)));

                List<FieldPlan> fields = new();
                Dictionary<string, FieldPlan> byName = new(StringComparer.Ordinal);

                if (entity?.Key is string key)
                {
                    FieldPlan plan = new(key)
                    {
                        PrimaryKey = true,
                        Category = rootOf is null ? SystemOperations : SubjectIdentifier,
                        Identity = rootOf is null ? null : ToFidesKey(rootOf.Kind, keepDots: false) + "_id",
                    };
                    plan.Notes.Add(rootOf is null ? "Key." : "Key of the data subject '" + rootOf.Kind + "'.");
                    fields.Add(plan);
                    byName.Add(key, plan);
                }

                if (entity?.Link is LinkEntry link)
                {
                    bool toSubject = subjectsByRoot.ContainsKey(link.Target);
                    if (!byName.TryGetValue(link.Member, out FieldPlan? plan))
                    {
                        plan = new FieldPlan(link.Member) { Category = toSubject ? SubjectIdentifier : SystemOperations };
                        fields.Add(plan);
                        byName.Add(link.Member, plan);
                    }

                    plan.Reference = CollectionName(link.Target) + "." + link.TargetKey;
                    plan.Notes.Add("Link to " + link.Target + "." + link.TargetKey + (entity.Subject is string kind ? ", towards the data subject '" + kind + "'." : "."));
                }

                foreach (FieldEntry field in collection.Fields)
                {
                    if (!byName.TryGetValue(field.Name, out FieldPlan? plan))
                    {
                        plan = new FieldPlan(field.Name);
                        fields.Add(plan);
                        byName.Add(field.Name, plan);
                    }

                    // A tagged key or link keeps its role and takes the tag's category.
                    plan.Category = CategoryKey(field.Category, field.SpecialCategory);
                    plan.Notes.Add(FieldDescription(field));
                    if (rootOf is not null && field.SpecialCategory is null && plan.Identity is null)
                    {
                        if (field.Category == DataCategory.EmailAddress)
                        {
                            plan.Identity = "email";
                            plan.DataType = "string";
                        }
                        else if (field.Category == DataCategory.PhoneNumber)
                        {
                            plan.Identity = "phone_number";
                            plan.DataType = "string";
                        }
                    }
                }

                if (fields.Count == 0)
                {
                    Line(4, "fields: []");
                    return;
                }

                Line(4, "fields:");
                foreach (FieldPlan field in fields)
                {
                    WriteField(field);
                }
            }

            private string CollectionDescription(CollectionPlan collection, SubjectEntry? rootOf)
            {
                StringBuilder text = new();
                text.Append(collection.Type);
                if (rootOf is not null)
                {
                    text.Append(": the data subject '").Append(rootOf.Kind).Append('\'');
                    if (rootOf.Description is string description)
                    {
                        text.Append(" (").Append(description).Append(')');
                    }

                    text.Append('.');
                }
                else if (collection.Entity?.Subject is string kind)
                {
                    text.Append(": data of the subject '").Append(kind).Append("'.");
                }
                else if (collection.Entity is not null)
                {
                    text.Append(": no link leads to a data subject.");
                }
                else
                {
                    text.Append('.');
                }

                return text.ToString();
            }

            private string FieldDescription(FieldEntry field)
            {
                StringBuilder text = new();
                text.Append(RecordWords.Category(field.Category));
                if (field.SpecialCategory is SpecialCategory special)
                {
                    text.Append(", special category: ").Append(RecordWords.Special(special));
                }

                text.Append('.');
                if (field.Purposes.Count > 0)
                {
                    text.Append(" Purposes: ");
                    for (int i = 0; i < field.Purposes.Count; i++)
                    {
                        FieldPurpose purpose = field.Purposes[i];
                        if (i > 0)
                        {
                            text.Append("; ");
                        }

                        text.Append(purpose.Name).Append(" (").Append(purpose.LegalBasis == LegalBasis.Unspecified
                            ? "legal basis " + RecordWords.NotDeclared
                            : RecordWords.Basis(purpose.LegalBasis));
                        if (purpose.Retention is string retention)
                        {
                            text.Append(", kept ").Append(RecordWords.DurationWithIso(retention));
                            if (purpose.RetentionTrigger is string trigger)
                            {
                                text.Append(' ').Append(trigger);
                            }
                        }

                        text.Append(')');
                    }

                    text.Append('.');
                }

                List<string> receivers = new();
                foreach (FieldPurpose purpose in field.Purposes)
                {
                    foreach (RecipientEntry recipient in record.Recipients)
                    {
                        // A recipient declared without purposes receives data for every purpose.
                        if ((recipient.Purposes.Count == 0 || Contains(recipient.Purposes, purpose.Name)) && !receivers.Contains(recipient.Name))
                        {
                            receivers.Add(recipient.Name);
                        }
                    }
                }

                if (receivers.Count > 0)
                {
                    receivers.Sort(StringComparer.Ordinal);
                    text.Append(" Recipients of its purposes: ").Append(string.Join(", ", receivers)).Append('.');
                }

                text.Append(" Erasure: ").Append(RecordWords.Erasure(field.Erasure)).Append('.');
                if (field.Source is SourceLocation source)
                {
                    text.Append(" Declared in ").Append(source.File).Append(':').Append(source.Line.ToString(CultureInfo.InvariantCulture)).Append('.');
                }

                return text.ToString();
            }

            private static bool Contains(IReadOnlyList<string> list, string value)
            {
                foreach (string item in list)
                {
                    if (string.Equals(item, value, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                return false;
            }

            private void WriteField(FieldPlan field)
            {
                Line(5, "- name: " + Quote(field.Name));
                if (field.Notes.Count > 0)
                {
                    Line(6, "description: " + Quote(string.Join(" ", field.Notes)));
                }

                Line(6, "data_categories:");
                Line(7, "- " + field.Category);

                if (!field.PrimaryKey && field.Identity is null && field.Reference is null && field.DataType is null)
                {
                    return;
                }

                Line(6, "fides_meta:");
                if (field.PrimaryKey)
                {
                    Line(7, "primary_key: true");
                }

                if (field.Identity is string identity)
                {
                    Line(7, "identity: " + Quote(identity));
                }

                if (field.DataType is string dataType)
                {
                    Line(7, "data_type: " + dataType);
                }

                if (field.Reference is string reference)
                {
                    Line(7, "references:");
                    Line(8, "- dataset: " + Quote(datasetKey));
                    Line(9, "field: " + Quote(reference));
                    Line(9, "direction: from");
                }
            }

            private void Line(int level, string text)
            {
                for (int i = 0; i < level; i++)
                {
                    output.Write("  ");
                }

                output.Write(text);
                output.Write('\n');
            }
        }

        private sealed class CollectionPlan
        {
            public CollectionPlan(string type, string name, EntityEntry? entity)
            {
                Type = type;
                Name = name;
                Entity = entity;
            }

            public string Type { get; }

            public string Name { get; }

            public EntityEntry? Entity { get; }

            public List<FieldEntry> Fields { get; } = new();
        }

        private sealed class FieldPlan
        {
            public FieldPlan(string name) => Name = name;

            public string Name { get; }

            public string Category { get; set; } = "user";

            public bool PrimaryKey { get; set; }

            public string? Identity { get; set; }

            public string? DataType { get; set; }

            public string? Reference { get; set; }

            public List<string> Notes { get; } = new();
        }

        /// <summary>
        /// A YAML double-quoted scalar: <c>"</c> and <c>\</c> escaped, control characters, the Unicode line and
        /// paragraph separators, the byte order mark, the noncharacters U+FFFE and U+FFFF and unpaired surrogates
        /// written as escapes (so that PyYAML, which Fides uses, reads every character); everything else as is.
        /// </summary>
        internal static string Quote(string text)
        {
            StringBuilder result = new(text.Length + 2);
            result.Append('"');
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                switch (c)
                {
                    case '"': result.Append("\\\""); break;
                    case '\\': result.Append("\\\\"); break;
                    case '\0': result.Append("\\0"); break;
                    case '\a': result.Append("\\a"); break;
                    case '\b': result.Append("\\b"); break;
                    case '\t': result.Append("\\t"); break;
                    case '\n': result.Append("\\n"); break;
                    case '\v': result.Append("\\v"); break;
                    case '\f': result.Append("\\f"); break;
                    case '\r': result.Append("\\r"); break;
                    case '\u001B': result.Append("\\e"); break;
                    case '\u0085': result.Append("\\N"); break;
                    case '\u00A0': result.Append("\\_"); break;
                    case '\u2028': result.Append("\\L"); break;
                    case '\u2029': result.Append("\\P"); break;
                    case '\uFEFF': result.Append("\\uFEFF"); break;
                    case '\uFFFE': result.Append("\\uFFFE"); break;
                    case '\uFFFF': result.Append("\\uFFFF"); break;
                    default:
                        if (c < ' ' || (c >= '\u007F' && c <= '\u009F'))
                        {
                            result.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
                        }
                        else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                        {
                            result.Append(c).Append(text[i + 1]);
                            i++;
                        }
                        else if (char.IsSurrogate(c))
                        {
                            result.Append("\\uFFFD");
                        }
                        else
                        {
                            result.Append(c);
                        }

                        break;
                }
            }

            return result.Append('"').ToString();
        }
    }
}
