using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Pii.Tagging;

namespace Pii.Analyzers.Rules
{
    /// <summary>PII006: a tagged member whose erasure strategy generated code cannot apply.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ErasureStrategyAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ErasureStrategyNotApplicable);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                if (start.Compilation.GetTypeByMetadataName(WellKnownTypes.PersonalDataAttribute) is null)
                {
                    return;
                }

                var access = new MemberAccessRules(start.Compilation);
                ImmutableArray<PurposeDeclaration> purposes = PurposeDeclaration.ReadAll(start.Compilation.Assembly);
                start.RegisterSymbolAction(symbol => Analyze(symbol, access, purposes), SymbolKind.Property, SymbolKind.Field);
            });
        }

        private static void Analyze(SymbolAnalysisContext context, MemberAccessRules access, ImmutableArray<PurposeDeclaration> purposes)
        {
            ISymbol member = context.Symbol;
            if (member.IsStatic || !TagReader.IsTagged(member) || MemberShape.TypeOf(member) is not { } type)
            {
                return;
            }

            ImmutableArray<MemberTag> tags = TagReader.ReadTags(member, purposes);
            ErasureStrategy strategy = ErasureRules.StrategyOf(tags);
            if (!ErasureRules.CanApply(strategy, member, MemberShape.Of(type), access.Write(member), access.UnsafeAccessorsAvailable, out string? reason))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.ErasureStrategyNotApplicable, member.Locations[0], member.Name, strategy, reason));
            }
        }
    }
}
