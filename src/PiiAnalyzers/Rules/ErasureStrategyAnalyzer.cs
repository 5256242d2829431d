using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Pii.Tagging;

namespace Pii.Analyzers.Rules
{
    /// <summary>
    /// PII006: a tagged member whose erasure strategy generated code cannot apply. Members of a type marked
    /// <c>[NotMapped]</c> are not reported: the type is never stored (a DTO or view model tagged for redaction and logging),
    /// so there is nothing to erase in it; the stored entity it was copied from is erased instead.
    /// </summary>
    public sealed class ErasureStrategyAnalyzer : TaggedMemberAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ErasureStrategyNotApplicable);

        internal override void AnalyzeMember(SymbolAnalysisContext context, CompilationRules rules)
        {
            ISymbol member = context.Symbol;
            if (member.IsStatic || !TagReader.IsTagged(member) || MemberShape.TypeOf(member) is not { } type || SymbolFacts.IsNotMapped(member.ContainingType))
            {
                return;
            }

            MemberShape shape = MemberShape.Of(type);
            ImmutableArray<MemberTag> tags = TagReader.ReadTags(member, rules.Purposes);
            ErasureStrategy strategy = ErasureRules.StrategyOf(tags, shape);
            AccessKind write = rules.Access.Write(member);
            if (!ErasureRules.CanApply(strategy, member, shape, write, rules.Access.UnsafeAccessorsAvailable, ProtectionRules.ProtectionOf(tags), out string? reason))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.ErasureStrategyNotApplicable, member.Locations[0], member.Name, strategy, reason));
            }
        }
    }
}
