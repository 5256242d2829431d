using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Pii.Tagging;

namespace Pii.Analyzers.Rules
{
    /// <summary>PII003: a tag whose purpose, legal basis, retention or Art. 9 condition cannot be read.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TagValidationAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.InvalidTag);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                if (start.Compilation.GetTypeByMetadataName(WellKnownTypes.PersonalDataAttribute) is null)
                {
                    return; // Pii is not referenced
                }

                ImmutableArray<PurposeDeclaration> purposes = PurposeDeclaration.ReadAll(start.Compilation.Assembly);
                start.RegisterSymbolAction(symbol => Analyze(symbol, purposes), SymbolKind.Property, SymbolKind.Field);
            });
        }

        private static void Analyze(SymbolAnalysisContext context, ImmutableArray<PurposeDeclaration> purposes)
        {
            foreach (AttributeData attribute in context.Symbol.GetAttributes())
            {
                if (!WellKnownTypes.IsPiiAttribute(attribute.AttributeClass, "PersonalDataAttribute")
                    && !WellKnownTypes.IsPiiAttribute(attribute.AttributeClass, "SensitivePersonalDataAttribute"))
                {
                    continue;
                }

                Location location = attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation() ?? context.Symbol.Locations[0];
                MemberTag? tag = TagReader.TryRead(attribute, purposes);
                string? problem = tag is null ? "the purpose is missing or is not a constant string" : tag.Problem;
                if (problem is not null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidTag, location, context.Symbol.Name, problem));
                }
            }
        }
    }
}
