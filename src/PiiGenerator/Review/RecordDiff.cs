using System;
using System.Collections.Generic;
using System.Linq;
using Pii.Generator.Parsing;

namespace Pii.Generator.Review
{
    /// <summary>One difference between the approved baseline and the computed record, in words a reviewer reads.</summary>
    /// <param name="Message">What was added, removed or changed.</param>
    /// <param name="BaselineLine">The 0-based line of the baseline the difference concerns, when it is there.</param>
    /// <param name="Member">The field (<c>Type.Member</c>) that is new, so the diagnostic can point at its declaration.</param>
    internal sealed record RecordDifference(string Message, int? BaselineLine, string? Member);

    /// <summary>
    /// Compares an approved record with the computed one entry by entry (purposes by name, fields by member, ...), so that
    /// a reordering is no difference and one new member is one difference. Lists that are derived from others (a
    /// purpose's fields and categories, a subject's entities, the retention table) are not compared: the change shows
    /// where it was made.
    /// </summary>
    internal static class RecordDiff
    {
        public static List<RecordDifference> Compare(JsonTree approved, JsonTree current)
        {
            var differences = new List<RecordDifference>();
            Scalars(differences, "the record", approved, current, "schemaVersion", "assembly");
            Contact(differences, "the controller", approved["controller"], current["controller"], approved.Line, "name", "contact", "address", "representative");
            Contact(differences, "the data protection officer", approved["dataProtectionOfficer"], current["dataProtectionOfficer"], approved.Line, "name", "contact");

            // A change to a purpose's declaration changes every member that uses it; it is reported once, on the purpose.
            var declared = new HashSet<string>(StringComparer.Ordinal);
            var pending = new List<(string Label, JsonTree Approved, JsonTree Current, string Key, string Property)>();
            Keyed(differences, approved["purposes"], current["purposes"], e => Text(e, "name"), k => $"purpose '{k}'",
                added: e => $"new purpose '{Text(e, "name")}' ({Text(e, "legalBasis")}, retention {Text(e, "retention") ?? "not declared"})",
                changed: (label, a, c) =>
                {
                    Scalars(differences, label, a, c, "description");
                    Set(differences, label + ": Art. 9(2) conditions", a["specialCategoryConditions"], c["specialCategoryConditions"]);

                    // A purpose's basis or retention changed for every member that uses it (its declaration changed):
                    // one difference, on the purpose. Otherwise the members that changed say so themselves.
                    string? purpose = Text(c, "name");
                    foreach (string name in new[] { "legalBasis", "retention", "retentionTrigger" })
                    {
                        string? before = a[name]?.Scalar, after = c[name]?.Scalar;
                        if (!Differs(name, before, after))
                        {
                            continue;
                        }

                        if (Uniform(approved, purpose, name, before) && Uniform(current, purpose, name, after))
                        {
                            Scalars(differences, label, a, c, name);
                            declared.Add(Change(purpose, name, before, after));
                        }
                        else
                        {
                            // Members that state their own value: the purpose's change is reported after the fields, unless
                            // a member's change of the same thing already says it (a member that takes the declaration).
                            pending.Add((label, a, c, purpose + "\n" + name, name));
                        }
                    }
                });

            Keyed(differences, approved["subjects"], current["subjects"], e => Text(e, "kind"), k => $"data subject kind '{k}'",
                added: e => $"new kind of data subject '{Text(e, "kind")}' ({Text(e, "root")})",
                changed: (label, a, c) => Scalars(differences, label, a, c, "description", "root", "key"));

            Keyed(differences, approved["entities"], current["entities"], e => Text(e, "type"), k => $"entity {k}",
                added: null,
                changed: (label, a, c) =>
                {
                    Scalars(differences, label, a, c, "subject", "key");
                    if (Flat(a["link"]) != Flat(c["link"]))
                    {
                        differences.Add(new RecordDifference($"{label}: link to its subject changed from {Flat(a["link"]) ?? "none"} to {Flat(c["link"]) ?? "none"}", a.Line, null));
                    }
                });

            Keyed(differences, approved["recipients"], current["recipients"], e => Text(e, "name"), k => $"recipient '{k}'",
                added: e => $"new recipient '{Text(e, "name")}' ({Text(e, "role")}{(Text(e, "country") is { } country ? ", " + country : string.Empty)})",
                changed: (label, a, c) =>
                {
                    Scalars(differences, label, a, c, "role", "country", "description");
                    RecipientPurposes(differences, label, a["purposes"], c["purposes"]);
                });

            Keyed(differences, approved["transfers"], current["transfers"], e => Text(e, "recipient") + " in " + Text(e, "country"), k => $"transfer to '{k}'",
                added: e => $"new transfer to '{Text(e, "recipient")}' in {Text(e, "country")} ({Text(e, "safeguard")})",
                changed: (label, a, c) => Scalars(differences, label, a, c, "safeguard", "details"));

            Set(differences, "security measures", approved["securityMeasures"], current["securityMeasures"]);

            var memberChanges = new HashSet<string>(StringComparer.Ordinal);
            Keyed(differences, approved["fields"], current["fields"], e => Text(e, "member"), k => $"field {k}",
                added: e => $"new personal data: field {Text(e, "member")} ({Text(e, "category")}, for {string.Join(", ", Items(e["purposes"]).Select(p => $"'{Text(p, "name")}'"))})",
                changed: (label, a, c) =>
                {
                    Scalars(differences, label, a, c, "subject", "category", "specialCategory", "erasure", "redaction");
                    Keyed(differences, a["purposes"], c["purposes"], e => Text(e, "name"), k => $"{label}, purpose '{k}'",
                        added: e => $"{label}: new purpose '{Text(e, "name")}' ({Text(e, "legalBasis")}, retention {Text(e, "retention") ?? "not declared"})",
                        changed: (purposeLabel, ap, cp) =>
                        {
                            string[] names = new[] { "legalBasis", "retention", "retentionTrigger" }
                                .Where(name => Differs(name, ap[name]?.Scalar, cp[name]?.Scalar) && !declared.Contains(Change(Text(cp, "name"), name, ap[name]?.Scalar, cp[name]?.Scalar)))
                                .ToArray();
                            memberChanges.UnionWith(names.Select(name => Text(cp, "name") + "\n" + name));
                            Scalars(differences, purposeLabel, ap, cp, names);
                        },
                        member: Text(c, "member"));
                });

            foreach ((string label, JsonTree a, JsonTree c, string key, string property) in pending)
            {
                if (!memberChanges.Contains(key))
                {
                    Scalars(differences, label, a, c, property);
                }
            }

            return differences;
        }

        private static void Keyed(
            List<RecordDifference> differences,
            JsonTree? approved,
            JsonTree? current,
            Func<JsonTree, string?> key,
            Func<string, string> label,
            Func<JsonTree, string>? added,
            Action<string, JsonTree, JsonTree> changed,
            string? member = null)
        {
            // Two entries may share a key (a second recipient of the same name, the same transfer declared twice): every
            // entry under a key is compared, so that one added beside an approved one is reported too.
            var order = new List<string>();
            Dictionary<string, List<JsonTree>> before = Group(approved, null);
            Dictionary<string, List<JsonTree>> after = Group(current, order);

            Dictionary<string, List<JsonTree>> Group(JsonTree? array, List<string>? keys)
            {
                var groups = new Dictionary<string, List<JsonTree>>(StringComparer.Ordinal);
                foreach (JsonTree item in Items(array))
                {
                    if (key(item) is { } name)
                    {
                        if (!groups.TryGetValue(name, out List<JsonTree>? list))
                        {
                            groups.Add(name, list = new List<JsonTree>());
                            keys?.Add(name);
                        }

                        list.Add(item);
                    }
                }

                return groups;
            }

            var removed = new List<(string Key, JsonTree Item)>();
            foreach (string name in order)
            {
                List<JsonTree> now = after[name];
                if (!before.TryGetValue(name, out List<JsonTree>? was))
                {
                    was = new List<JsonTree>();
                }

                if (was.Count == 1 && now.Count == 1)
                {
                    changed(label(name), was[0], now[0]);
                    continue;
                }

                // Under a shared key: entries that are the same on both sides are no difference; one left on each side
                // changed; otherwise what is left was added or removed.
                var left = new List<JsonTree>(was);
                var fresh = new List<JsonTree>();
                foreach (JsonTree item in now)
                {
                    int same = left.FindIndex(old => Same(old, item));
                    if (same >= 0)
                    {
                        left.RemoveAt(same);
                    }
                    else
                    {
                        fresh.Add(item);
                    }
                }

                if (left.Count == 1 && fresh.Count == 1)
                {
                    changed(label(name), left[0], fresh[0]);
                    continue;
                }

                if (added is not null)
                {
                    foreach (JsonTree item in fresh)
                    {
                        differences.Add(new RecordDifference(added(item), approved?.Line, member ?? (item["member"]?.Scalar)));
                    }
                }

                removed.AddRange(left.Select(item => (name, item)));
            }

            removed.AddRange(before.Where(old => !after.ContainsKey(old.Key)).SelectMany(old => old.Value.Select(item => (old.Key, item))));
            if (added is not null)
            {
                foreach ((string name, JsonTree item) in removed.OrderBy(r => r.Item.Line))
                {
                    differences.Add(new RecordDifference($"{label(name)} was removed", item.Line, null));
                }
            }
        }

        /// <summary>Whether two values are the same JSON: objects property by property in any order, arrays item by item.</summary>
        private static bool Same(JsonTree left, JsonTree right)
        {
            if (left.Kind != right.Kind || left.Scalar != right.Scalar || left.Items.Count != right.Items.Count || left.Properties.Count != right.Properties.Count)
            {
                return false;
            }

            for (int i = 0; i < left.Items.Count; i++)
            {
                if (!Same(left.Items[i], right.Items[i]))
                {
                    return false;
                }
            }

            foreach (KeyValuePair<string, JsonTree> property in left.Properties)
            {
                if (right[property.Key] is not { } other || !Same(property.Value, other))
                {
                    return false;
                }
            }

            return true;
        }

        private static void Scalars(List<RecordDifference> differences, string label, JsonTree approved, JsonTree current, params string[] names)
        {
            foreach (string name in names)
            {
                string? before = approved[name]?.Scalar;
                string? after = current[name]?.Scalar;
                if (!Differs(name, before, after))
                {
                    continue;
                }

                string change = $"{label}: {Words(name)} changed from {Show(before)} to {Show(after)}";
                if (name == "retention" && before is not null && after is not null)
                {
                    change += RecordParser.Longer(after, before) ? " (longer)" : RecordParser.Longer(before, after) ? " (shorter)" : string.Empty;
                }
                else if (name == "retention" && after is null)
                {
                    change += " (no limit)";
                }

                differences.Add(new RecordDifference(change, (approved[name] ?? approved).Line, null));
            }
        }

        private static void Contact(List<RecordDifference> differences, string label, JsonTree? approved, JsonTree? current, int rootLine, params string[] names)
        {
            bool wasThere = approved is { Kind: JsonKind.Object };
            bool isThere = current is { Kind: JsonKind.Object };
            if (wasThere && isThere)
            {
                Scalars(differences, label, approved!, current!, names);
            }
            else if (isThere)
            {
                differences.Add(new RecordDifference($"{label} is now declared ('{current!["name"]?.Scalar}')", approved?.Line ?? rootLine, null));
            }
            else if (wasThere)
            {
                differences.Add(new RecordDifference($"{label} is no longer declared", approved!.Line, null));
            }
        }

        private static void Set(List<RecordDifference> differences, string label, JsonTree? approved, JsonTree? current)
        {
            var before = Items(approved).Select(i => i.Scalar).OfType<string>().ToList();
            var after = Items(current).Select(i => i.Scalar).OfType<string>().ToList();
            foreach (string added in after.Where(a => !before.Contains(a)))
            {
                differences.Add(new RecordDifference($"{label}: '{added}' added", approved?.Line, null));
            }

            foreach (JsonTree removed in Items(approved).Where(i => i.Scalar is { } text && !after.Contains(text)))
            {
                differences.Add(new RecordDifference($"{label}: '{removed.Scalar}' removed", removed.Line, null));
            }
        }

        /// <summary>A recipient's purposes, where an empty list means every purpose (a <c>[DataRecipient]</c> without <c>Purposes</c>).</summary>
        private static void RecipientPurposes(List<RecordDifference> differences, string label, JsonTree? approved, JsonTree? current)
        {
            var before = Items(approved).Select(i => i.Scalar).OfType<string>().ToList();
            var after = Items(current).Select(i => i.Scalar).OfType<string>().ToList();
            if (before.Count == 0 && after.Count > 0)
            {
                differences.Add(new RecordDifference($"{label}: now receives data only for {Quoted(after)} (was: all purposes)", approved?.Line, null));
            }
            else if (before.Count > 0 && after.Count == 0)
            {
                differences.Add(new RecordDifference($"{label}: now receives data for all purposes (was: {Quoted(before)})", approved?.Line, null));
            }
            else
            {
                Set(differences, label + ": purposes", approved, current);
            }
        }

        private static string Quoted(IEnumerable<string> names) => string.Join(", ", names.Select(n => "'" + n + "'"));

        /// <summary>Whether every member that uses the purpose has <paramref name="value"/> for it.</summary>
        private static bool Uniform(JsonTree record, string? purpose, string property, string? value)
        {
            foreach (JsonTree field in Items(record["fields"]))
            {
                foreach (JsonTree use in Items(field["purposes"]))
                {
                    if (Text(use, "name") == purpose && Differs(property, use[property]?.Scalar, value))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>
        /// Whether two values of a property differ. Retentions are compared as durations: <c>P12M</c> for <c>P1Y</c> keeps the
        /// data exactly as long, and is no change to review.
        /// </summary>
        private static bool Differs(string property, string? before, string? after) =>
            before != after
            && !(property == "retention" && before is not null && after is not null
                && IsoDuration.TryParse(before, out _) && IsoDuration.TryParse(after, out _)
                && !RecordParser.Longer(before, after) && !RecordParser.Longer(after, before));

        private static string Change(string? purpose, string property, string? before, string? after) => purpose + "\n" + property + "\n" + before + "\n" + after;

        private static IEnumerable<JsonTree> Items(JsonTree? array) => array is { Kind: JsonKind.Array } ? array.Items : Enumerable.Empty<JsonTree>();

        private static string? Text(JsonTree item, string name) => item[name]?.Scalar;

        private static string? Flat(JsonTree? link) =>
            link is { Kind: JsonKind.Object } ? $"{Text(link, "member")} → {Text(link, "target")}.{Text(link, "targetKey")}" : null;

        private static string Show(string? value) => value is null ? "none" : "'" + value + "'";

        /// <summary><c>retentionTrigger</c> → <c>retention trigger</c>.</summary>
        private static string Words(string name)
        {
            var words = new System.Text.StringBuilder();
            foreach (char c in name)
            {
                if (char.IsUpper(c))
                {
                    words.Append(' ').Append(char.ToLowerInvariant(c));
                }
                else
                {
                    words.Append(c);
                }
            }

            return words.ToString();
        }
    }
}
