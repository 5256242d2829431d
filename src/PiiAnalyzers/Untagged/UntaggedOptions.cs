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

        public static readonly UntaggedOptions Default = new(ImmutableArray<string>.Empty, TypeScope.All, ImmutableArray<string>.Empty, ImmutableArray<string>.Empty);

        private UntaggedOptions(ImmutableArray<string> namespaces, TypeScope scope, ImmutableArray<string> extraNames, ImmutableArray<string> excludedNames)
        {
            Namespaces = namespaces;
            Scope = scope;
            ExtraNames = extraNames;
            ExcludedNames = excludedNames;
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

        /// <summary>Reads the options; unknown scope words are ignored rather than failing the analysis.</summary>
        public static UntaggedOptions Read(AnalyzerConfigOptions options)
        {
            ImmutableArray<string> namespaces = List(options, NamespacesKey);
            ImmutableArray<string> scopeWords = List(options, ScopeKey);
            ImmutableArray<string> extra = List(options, ExtraNamesKey);
            ImmutableArray<string> excluded = List(options, ExcludedNamesKey);
            if (namespaces.IsEmpty && scopeWords.IsEmpty && extra.IsEmpty && excluded.IsEmpty)
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

            return new UntaggedOptions(namespaces, scope, extra, excluded);
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
