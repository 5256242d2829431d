using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Pii.Analyzers.Untagged
{
    /// <summary>Which types PII001 looks at, and the names a project adds to or removes from the vocabulary.</summary>
    /// <remarks>Read from <c>.editorconfig</c> (or a global config) for the file that declares the member.</remarks>
    internal sealed class UntaggedOptions
    {
        public const string NamespacesKey = "pii.untagged.namespaces";
        public const string ScopeKey = "pii.untagged.scope";
        public const string ExtraNamesKey = "pii.untagged.extra_names";
        public const string ExcludedNamesKey = "pii.untagged.excluded_names";
        public const string SubjectMembersKey = "pii.untagged.subject_members";

        public static readonly UntaggedOptions Default = new(ImmutableArray<string>.Empty, TypeScope.All, ImmutableArray<string>.Empty, ImmutableArray<string>.Empty, everySubjectMember: false);

        private UntaggedOptions(ImmutableArray<string> namespaces, TypeScope scope, ImmutableArray<string> extraNames, ImmutableArray<string> excludedNames, bool everySubjectMember)
        {
            Namespaces = namespaces;
            Scope = scope;
            ExtraNames = extraNames;
            ExcludedNames = excludedNames;
            EverySubjectMember = everySubjectMember;
        }

        /// <summary>Which types are in scope beyond the namespace filter.</summary>
        [Flags]
        public enum TypeScope
        {
            /// <summary>Every class, record and struct.</summary>
            All = 0,

            /// <summary>Types exposed as <c>DbSet&lt;T&gt;</c> by a <c>DbContext</c> of the project.</summary>
            DbSet = 1,

            /// <summary>Types marked <c>[Table]</c>.</summary>
            Table = 2,
        }

        /// <summary>Namespaces (with their children) whose types are analyzed; empty means all.</summary>
        public ImmutableArray<string> Namespaces { get; }

        public TypeScope Scope { get; }

        /// <summary>Member names or words that are always personal data.</summary>
        public ImmutableArray<string> ExtraNames { get; }

        /// <summary>Member names or words that never are.</summary>
        public ImmutableArray<string> ExcludedNames { get; }

        /// <summary>
        /// <c>pii.untagged.subject_members = all</c>: every value member of a data subject and of its parts needs a
        /// decision, whatever its name; keys excepted. Default <c>personal</c>: only those the vocabulary recognises.
        /// </summary>
        public bool EverySubjectMember { get; }

        /// <summary>Reads the options; unknown scope words are ignored rather than failing the analysis.</summary>
        public static UntaggedOptions Read(AnalyzerConfigOptions options)
        {
            ImmutableArray<string> namespaces = List(options, NamespacesKey);
            ImmutableArray<string> scopeWords = List(options, ScopeKey);
            ImmutableArray<string> extra = List(options, ExtraNamesKey);
            ImmutableArray<string> excluded = List(options, ExcludedNamesKey);
            bool everySubjectMember = options.TryGetValue(SubjectMembersKey, out string? subjectMembers)
                && string.Equals(subjectMembers?.Trim(), "all", StringComparison.OrdinalIgnoreCase);
            if (namespaces.IsEmpty && scopeWords.IsEmpty && extra.IsEmpty && excluded.IsEmpty && !everySubjectMember)
            {
                return Default;
            }

            TypeScope scope = TypeScope.All;
            foreach (string word in scopeWords)
            {
                if (string.Equals(word, "dbset", StringComparison.OrdinalIgnoreCase))
                {
                    scope |= TypeScope.DbSet;
                }
                else if (string.Equals(word, "table", StringComparison.OrdinalIgnoreCase))
                {
                    scope |= TypeScope.Table;
                }
            }

            return new UntaggedOptions(namespaces, scope, extra, excluded, everySubjectMember);
        }

        /// <summary>Whether a namespace ("Shop.Domain.Customers") is in one of <see cref="Namespaces"/>.</summary>
        public bool IncludesNamespace(string ns) =>
            Namespaces.IsEmpty
            || Namespaces.Any(n => string.Equals(ns, n, StringComparison.Ordinal)
                || ns.Length > n.Length && ns[n.Length] == '.' && ns.StartsWith(n, StringComparison.Ordinal));

        private static ImmutableArray<string> List(AnalyzerConfigOptions options, string key) =>
            options.TryGetValue(key, out string? value) && value is not null
                ? value.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()).Where(s => s.Length > 0).ToImmutableArray()
                : ImmutableArray<string>.Empty;
    }
}
