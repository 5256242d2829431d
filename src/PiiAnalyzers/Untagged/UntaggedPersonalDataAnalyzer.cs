using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Pii.Analyzers.Rules;
using Pii.Analyzers.Vocabulary;
using Pii.Tagging;

namespace Pii.Analyzers.Untagged
{
    /// <summary>
    /// PII001: a public or internal property or field whose name, type or context says it holds personal data, with no
    /// decision on it (<c>[PersonalData]</c>, <c>[SensitivePersonalData]</c> or <c>[NotPersonalData]</c>).
    /// </summary>
    public sealed class UntaggedPersonalDataAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>The diagnostic property with the <see cref="DataCategory"/> to suggest, when one is known.</summary>
        public const string CategoryProperty = "Category";

        /// <summary>The diagnostic property with the <see cref="SpecialCategory"/> of a special-category member.</summary>
        public const string SpecialCategoryProperty = "SpecialCategory";

        private static readonly ConcurrentDictionary<(DataCategory, SpecialCategory?), ImmutableDictionary<string, string?>> PropertySets = new();

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Supported;

        private static ImmutableArray<DiagnosticDescriptor> Supported { get; } =
            ImmutableArray.Create(Descriptors.UntaggedPersonalData, Descriptors.UntaggedSpecialCategoryData);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                Compilation compilation = start.Compilation;
                if (compilation.GetTypeByMetadataName(WellKnownTypes.PersonalDataAttribute) is null)
                {
                    return; // Pii is not referenced
                }

                CompilationState state = CreateState(start.Compilation, start.Options);
                start.RegisterSymbolAction(
                    symbol =>
                    {
                        if (!IsSecondPart(symbol.Symbol))
                        {
                            Analyze(symbol, state, HasDecision(symbol.Symbol));
                        }
                    },
                    SymbolKind.Property,
                    SymbolKind.Field);
            });
        }

        /// <summary>The message argument that says why: "e-mail address, from 'email'".</summary>
        internal static string Reason(NameVerdict verdict)
        {
            if (verdict.Category == DataCategory.Unspecified && verdict.SpecialCategory is null)
            {
                // An attribute of another library ("[PersonalData]" of ASP.NET Core Identity), or a configured name.
                return verdict.MatchedTerm is { Length: > 0 } term && term[0] == '['
                    ? $"marked {term}"
                    : $"configured as personal data by '{verdict.MatchedTerm}'";
            }

            // "DateOfBirth" -> "date of birth"
            var words = new StringBuilder();
            string name = verdict.SpecialCategory?.ToString() ?? verdict.Category.ToString();
            for (int i = 0; i < name.Length; i++)
            {
                if (i > 0 && char.IsUpper(name[i]) && char.IsLower(name[i - 1]))
                {
                    words.Append(' ');
                }

                words.Append(char.ToLowerInvariant(name[i]));
            }

            return verdict.MatchedTerm is null ? words.ToString() : $"{words}, from '{verdict.MatchedTerm}'";
        }

        /// <summary>The diagnostic properties for a verdict, shared between diagnostics with the same category.</summary>
        internal static ImmutableDictionary<string, string?> PropertiesFor(NameVerdict verdict)
        {
            var key = (verdict.Category, verdict.SpecialCategory);
            if (!PropertySets.TryGetValue(key, out ImmutableDictionary<string, string?>? properties))
            {
                properties = ImmutableDictionary<string, string?>.Empty;
                if (verdict.Category != DataCategory.Unspecified)
                {
                    properties = properties.Add(CategoryProperty, verdict.Category.ToString());
                }

                if (verdict.SpecialCategory is { } special)
                {
                    properties = properties.Add(SpecialCategoryProperty, special.ToString());
                }

                PropertySets[key] = properties;
            }

            return properties;
        }

        /// <summary>
        /// Whether the symbol is the implementation part of a partial property: its definition part is analyzed instead,
        /// so that a partial property is reported (and fixed) once.
        /// </summary>
        internal static bool IsSecondPart(ISymbol member) => member is IPropertySymbol { PartialDefinitionPart: not null };

        /// <summary>Whether the member carries a decision: a purpose tag or <c>[NotPersonalData]</c>.</summary>
        internal static bool HasDecision(ISymbol member) => TagReader.IsTagged(member) || TagReader.IsNotPersonalData(member);

        /// <summary>The per-compilation state of the rule.</summary>
        internal static CompilationState CreateState(Compilation compilation, AnalyzerOptions options) =>
            new(compilation, options.AnalyzerConfigOptionsProvider, SeverityGate.For(compilation, options, Supported));

        /// <summary>Analyzes one property or field; <paramref name="decided"/> says whether it carries a decision.</summary>
        internal static void Analyze(SymbolAnalysisContext context, CompilationState state, bool decided)
        {
            if (!decided && Judge(context.Symbol, state, context.Compilation, context.CancellationToken) is { } diagnostic)
            {
                context.ReportDiagnostic(diagnostic);
            }
        }

        /// <summary>
        /// Whether the member is one the rules about undecided members look at: a public or internal instance property or
        /// field of a class or struct, declared in source, that holds a value (not a navigation or an owned object).
        /// </summary>
        internal static bool IsValueMember(ISymbol member, out INamedTypeSymbol type, out ITypeSymbol memberType)
        {
            type = null!;
            memberType = null!;
            ITypeSymbol? valueType = member switch
            {
                IPropertySymbol { IsIndexer: false, IsOverride: false, ExplicitInterfaceImplementations.IsEmpty: true } property => property.Type,
                IFieldSymbol { IsConst: false, AssociatedSymbol: null } field => field.Type,
                _ => null,
            };
            if (valueType is null
                || member.IsStatic
                || member.IsImplicitlyDeclared
                || !member.CanBeReferencedByName
                || member.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal)
                || member.ContainingType is not { TypeKind: TypeKind.Class or TypeKind.Struct } containing
                || member.Locations.Length == 0
                || !member.Locations[0].IsInSource)
            {
                return false;
            }

            type = containing;
            memberType = valueType;
            return !IsReference(valueType); // a navigation or an owned object: its type's own members are judged, where they are declared
        }

        /// <summary>The <c>pii.untagged.*</c> options for the file that declares the member, when its type is in their scope.</summary>
        internal static UntaggedOptions? OptionsInScope(ISymbol member, INamedTypeSymbol type, CompilationState state, CancellationToken cancellationToken)
        {
            UntaggedOptions options = member.Locations[0].SourceTree is { } tree ? state.Members.OptionsFor(tree) : UntaggedOptions.Default;
            return InScope(type, options, state, cancellationToken) ? options : null;
        }

        /// <summary>The PII001 diagnostic for a member without a decision, or <see langword="null"/> when it gets none.</summary>
        internal static Diagnostic? Judge(ISymbol member, CompilationState state, Compilation compilation, CancellationToken cancellationToken)
        {
            if (!IsValueMember(member, out INamedTypeSymbol type, out ITypeSymbol memberType))
            {
                return null;
            }

            Location location = member.Locations[0];
            if (state.Gate.IsOff(location.SourceTree, cancellationToken)
                || OptionsInScope(member, type, state, cancellationToken) is not { } options)
            {
                return null;
            }

            bool personType = TypeIndex.IsPersonRoot(type) || state.Index.IsPersonType(type, cancellationToken);
            NameContext name = state.Members.For(member, memberType, personType);
            NameVerdict verdict = PersonalDataNames.Classify(
                name,
                options.ExtraNames.IsEmpty ? null : options.ExtraNames,
                options.ExcludedNames.IsEmpty ? null : options.ExcludedNames);
            bool excluded = !verdict.IsPersonalData && !options.ExcludedNames.IsEmpty && PersonalDataNames.IsExcludedName(member.Name, options.ExcludedNames);
            if (!verdict.IsPersonalData && !excluded)
            {
                // The name says nothing; the member's validation attributes may ("[EmailAddress] Contact").
                verdict = DeclaredData.Classify(member, name);
            }

            if (!verdict.IsPersonalData)
            {
                bool root = TypeIndex.IsPersonRoot(type);
                if (options.EverySubjectMember
                    && (root || state.Index.IsSubjectPart(type, cancellationToken))
                    && !IsKeyOrToken(member, memberType, name.SiblingMemberNames, compilation, cancellationToken)
                    && !excluded)
                {
                    // pii.untagged.subject_members = all: on a data subject nothing goes undecided, whatever its name.
                    string holder = root ? "data subject" : "a data subject's part";
                    return Diagnostic.Create(
                        Descriptors.UntaggedPersonalData,
                        location,
                        PropertiesFor(default),
                        member.Name,
                        $"a member of {holder} '{type.Name}', and {UntaggedOptions.SubjectMembersKey} = all");
                }

                return null;
            }

            return verdict.SpecialCategory is { } special
                ? Diagnostic.Create(Descriptors.UntaggedSpecialCategoryData, location, PropertiesFor(verdict), member.Name, Reason(verdict), special.ToString())
                : Diagnostic.Create(Descriptors.UntaggedPersonalData, location, PropertiesFor(verdict), member.Name, Reason(verdict));
        }

        /// <summary>
        /// Whether the member is a key or a concurrency token, which <c>pii.untagged.subject_members = all</c> does not ask
        /// about: a key is a pseudonym of the subject (tag the subject), a token is the database's. Keys are <c>Id</c>,
        /// <c>{Type}Id</c>, members marked <c>[Key]</c> or <c>[ForeignKey]</c>, and foreign keys by convention: a number,
        /// a Guid or text named <c>{X}Id</c> where X is another member of the type (a navigation) or a type of the
        /// compilation (<c>CustomerId</c>). An identifier issued elsewhere (<c>ExternalId</c>, <c>StripeCustomerId</c>)
        /// is asked about. Tokens are marked <c>[Timestamp]</c> or <c>[ConcurrencyCheck]</c>, or named <c>RowVersion</c> or
        /// <c>ConcurrencyStamp</c>.
        /// </summary>
        private static bool IsKeyOrToken(ISymbol member, ITypeSymbol memberType, IReadOnlyList<string> siblings, Compilation compilation, CancellationToken cancellationToken)
        {
            foreach (AttributeData attribute in member.GetAttributes())
            {
                if (attribute.AttributeClass?.Name is "ForeignKeyAttribute" or "TimestampAttribute" or "ConcurrencyCheckAttribute")
                {
                    return true;
                }
            }

            string name = member.Name.TrimStart('@');
            if (string.Equals(name, "RowVersion", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "ConcurrencyStamp", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            ITypeSymbol value = TypeIndex.ElementOf(memberType);
            bool keyType = value.SpecialType is SpecialType.System_Int16 or SpecialType.System_Int32 or SpecialType.System_Int64
                    or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64 or SpecialType.System_String
                || value is { Name: "Guid", ContainingNamespace.Name: "System" };
            if (!keyType)
            {
                return false;
            }

            if (SymbolEqualityComparer.Default.Equals(EntityLinks.KeyOf(member.ContainingType), member))
            {
                return true; // the type's own key: [Key], Id or {Type}Id
            }

            // "CustomerId", "Customer_ID", "customer_id": the part before the last word names what the key points to.
            int cut = name.EndsWith("_id", StringComparison.OrdinalIgnoreCase) ? name.Length - 3
                : (name.EndsWith("Id", StringComparison.Ordinal) || name.EndsWith("ID", StringComparison.Ordinal))
                    && name.Length > 2 && (char.IsLower(name[name.Length - 3]) || char.IsDigit(name[name.Length - 3])) ? name.Length - 2
                : -1;
            if (cut <= 0)
            {
                return false;
            }

            string target = name.Substring(0, cut);
            foreach (string sibling in siblings)
            {
                if (string.Equals(sibling, target, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            // Type names are matched as written and in PascalCase: "customer_id" and "order_line_id" point to Customer and
            // OrderLine.
            return compilation.ContainsSymbolsWithName(target, SymbolFilter.Type, cancellationToken)
                || PascalCase(target) is { } pascal && compilation.ContainsSymbolsWithName(pascal, SymbolFilter.Type, cancellationToken);
        }

        /// <summary>A lower-case or snake_case name in PascalCase ("order_line" is "OrderLine"); null when it already is.</summary>
        private static string? PascalCase(string name)
        {
            var builder = new System.Text.StringBuilder(name.Length);
            bool upper = true;
            foreach (char c in name)
            {
                if (c == '_')
                {
                    upper = true;
                    continue;
                }

                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }

            string pascal = builder.ToString();
            return pascal.Length == 0 || string.Equals(pascal, name, StringComparison.Ordinal) ? null : pascal;
        }

        /// <summary>
        /// Whether the member refers to another class, struct or interface of the project, or holds a collection of them:
        /// a navigation (<c>Order.Customer</c>, <c>Customer.Orders</c>) or an owned object (<c>Customer.Address</c>).
        /// PII001 judges values; the referenced type's members are judged in that type. Value objects named after
        /// personal data (<c>EmailAddress</c>, <c>PhoneNumber</c>) are still judged here, unless they declare tagged
        /// members: those carry the decision (an owned <c>PhoneNumber</c> whose <c>Number</c> is tagged).
        /// </summary>
        private static bool IsReference(ITypeSymbol memberType) =>
            TypeIndex.ElementOf(memberType) is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct or TypeKind.Interface, SpecialType: SpecialType.None } target
            && (target.Locations.Length > 0 && target.Locations[0].IsInSource || WellKnownTypes.ReferencesPii(target.ContainingAssembly))
            && (!PersonalDataNames.IsPersonalTypeName(target.Name) || DeclaresTaggedMembers(target));

        private static bool DeclaresTaggedMembers(INamedTypeSymbol type)
        {
            foreach (ISymbol member in EntityLinks.DataMembers(type))
            {
                if (TagReader.IsTagged(member))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool InScope(INamedTypeSymbol type, UntaggedOptions options, CompilationState state, CancellationToken cancellationToken)
        {
            if (!options.Namespaces.IsEmpty && !options.IncludesNamespace(type.ContainingNamespace?.ToDisplayString() ?? string.Empty))
            {
                return false;
            }

            if (options.Scope == UntaggedOptions.TypeScope.All)
            {
                return true;
            }

            return (options.Scope & UntaggedOptions.TypeScope.DbSet) != 0 && state.Index.IsDbSetEntity(type, cancellationToken)
                || (options.Scope & UntaggedOptions.TypeScope.Table) != 0 && HasTableAttribute(type);
        }

        private static bool HasTableAttribute(INamedTypeSymbol type)
        {
            for (INamedTypeSymbol? t = type; t is not null; t = t.BaseType)
            {
                if (SymbolFacts.HasAttribute(t, "TableAttribute", "System", "ComponentModel", "DataAnnotations", "Schema"))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Per-compilation state: the type index, member names and parsed options.</summary>
        internal sealed class CompilationState
        {
            public CompilationState(Compilation compilation, AnalyzerConfigOptionsProvider optionsProvider, SeverityGate gate)
            {
                Index = new TypeIndex(compilation);
                Members = new MemberContext(optionsProvider);
                Gate = gate;
            }

            /// <summary>Whether PII001 is switched off for a file.</summary>
            public SeverityGate Gate { get; }

            /// <summary>Member names and options, cached for the compilation.</summary>
            public MemberContext Members { get; }

            /// <summary>What the rule must know of the project's other types.</summary>
            public TypeIndex Index { get; }
        }
    }
}
