using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Pii.Analyzers.Rules;
using Pii.Analyzers.Untagged;

namespace Pii.Analyzers
{
    /// <summary>
    /// The analyzer the compiler loads: every Pii rule (PII001, PII003–PII006) registered under one analyzer.
    /// </summary>
    /// <remarks>
    /// The rules stay separate classes, each a complete <see cref="DiagnosticAnalyzer"/> that tests run on its own. Shipping
    /// them as five analyzers would make the compiler's analyzer driver keep five sets of per-symbol state: on the
    /// 2,000-type benchmark model that cost about 87 MB of allocations and a sixth of the analyzers' time more than one
    /// analyzer running the same rules (benchmarks/README.md).
    /// </remarks>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PiiAnalyzer : DiagnosticAnalyzer
    {
        private static readonly ImmutableArray<DiagnosticAnalyzer> Rules = ImmutableArray.Create<DiagnosticAnalyzer>(
            new UntaggedPersonalDataAnalyzer(),
            new TagValidationAnalyzer(),
            new SubjectLinkAnalyzer(),
            new SpecialCategoryAnalyzer(),
            new ErasureStrategyAnalyzer());

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            Rules.SelectMany(rule => rule.SupportedDiagnostics).Distinct().ToImmutableArray();

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            foreach (DiagnosticAnalyzer rule in Rules)
            {
                rule.Initialize(context);
            }
        }
    }
}
