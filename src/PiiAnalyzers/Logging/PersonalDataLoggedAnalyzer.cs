using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Pii.Analyzers.Rules;
using Pii.Tagging;

namespace Pii.Analyzers.Logging
{
    /// <summary>
    /// PII002: tagged personal data that reaches a log, the console, debug or trace output, an activity tag or an
    /// exception message without redaction. Registered once per file; what an argument carries
    /// is worked out within the enclosing method body only (see <see cref="Taint"/>).
    /// </summary>
    public sealed class PersonalDataLoggedAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.PersonalDataLogged);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                if (start.Compilation.GetTypeByMetadataName(WellKnownTypes.PersonalDataAttribute) is not null)
                {
                    Register(start);
                }
            });
        }

        /// <summary>Registers the rule's actions for a compilation that references Pii.</summary>
        internal static void Register(CompilationStartAnalysisContext start)
        {
            var state = new State(SeverityGate.For(start.Compilation, start.Options, ImmutableArray.Create(Descriptors.PersonalDataLogged)));
            // One action per file, after the compiler has bound it, not an operation or syntax-node action per call: with
            // either of those the compiler's analyzer driver prepares every member of the project for analysis (on the
            // 2,000-class benchmark model +2.2 s and +1.0 s, even where no method had a body). The file's calls are found
            // by walking its syntax; only calls whose method may be a sink get their operation built.
            start.RegisterSemanticModelAction(model =>
            {
                SyntaxTree tree = model.SemanticModel.SyntaxTree;
                if (state.Gate.IsOff(tree, model.CancellationToken))
                {
                    return;
                }

                foreach (SyntaxNode node in tree.GetRoot(model.CancellationToken).DescendantNodes())
                {
                    if (node is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax)
                    {
                        AnalyzeCall(model.SemanticModel, node, model.ReportDiagnostic, state, model.CancellationToken);
                    }
                }
            });
        }

        private static void AnalyzeCall(SemanticModel model, SyntaxNode node, System.Action<Diagnostic> report, State state, System.Threading.CancellationToken cancellationToken)
        {
            if (model.GetSymbolInfo(node, cancellationToken).Symbol is not IMethodSymbol method || !LogSinks.MaySink(method))
            {
                return;
            }

            (ImmutableArray<IArgumentOperation> arguments, IOperation? receiver) = model.GetOperation(node, cancellationToken) switch
            {
                IInvocationOperation invocation => (invocation.Arguments, invocation.Instance),
                IObjectCreationOperation creation => (creation.Arguments, null),
                _ => (default, null),
            };
            if (!arguments.IsDefault)
            {
                Analyze(report, method, arguments, receiver, state);
            }
        }

        private static void Analyze(System.Action<Diagnostic> report, IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, IOperation? receiver, State state)
        {
            Taint? taint = null;
            foreach (IArgumentOperation argument in arguments)
            {
                if (argument.Parameter is not { } parameter || argument.ArgumentKind == ArgumentKind.DefaultValue
                    || LogSinks.SinkOf(method, parameter, receiver) is not { } sink)
                {
                    continue;
                }

                if (sink == LogSinks.LogProperties)
                {
                    // Each property is logged: the tagged ones must carry a data classification to be redacted.
                    Report(report, argument.Value, Unclassified(parameter.Type), "a log through [LogProperties]");
                    continue;
                }

                taint ??= state.TaintFor(argument);
                if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } elements })
                {
                    foreach (IOperation element in elements.ElementValues)
                    {
                        Report(report, element, taint.SourceOf(element), sink);
                    }
                }
                else if (argument.ArgumentKind == ArgumentKind.ParamCollection && argument.Value is ICollectionExpressionOperation collection)
                {
                    // C# 13's params collections (Console.WriteLine's params ReadOnlySpan<object?> in .NET 9): each element, where it is written.
                    foreach (IOperation element in collection.Elements)
                    {
                        Report(report, element, taint.SourceOf(element), sink);
                    }
                }
                else
                {
                    Report(report, argument.Value, taint.SourceOf(argument.Value), sink);
                }
            }
        }

        /// <summary>The first tagged member of the type (or its bases) that carries no data classification.</summary>
        private static string? Unclassified(ITypeSymbol type)
        {
            for (ITypeSymbol? t = type; t is not null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
            {
                foreach (ISymbol member in t.GetMembers())
                {
                    if (member is IPropertySymbol { IsStatic: false } && TagReader.IsTagged(member) && !LogSinks.HasDataClassification(member))
                    {
                        return $"'{t.Name}.{member.Name}' (tagged, without a data classification)";
                    }
                }
            }

            return null;
        }

        /// <summary>The diagnostic property that tells the code fix how to redact: <see cref="FixObject"/> or <see cref="FixMember"/>.</summary>
        public const string FixProperty = "Fix";

        /// <summary>The diagnostic property with the tag's <see cref="RedactionKind"/> name, for <see cref="FixMember"/>.</summary>
        public const string RedactionProperty = "Redaction";

        /// <summary>The value is a whole object with tagged members: log its generated <c>ToRedactedString()</c>.</summary>
        public const string FixObject = "Object";

        /// <summary>The value is a read of a tagged text member: wrap it in <c>Redactor.Redact</c> with the tag's redaction.</summary>
        public const string FixMember = "Member";

        private static readonly ImmutableDictionary<string, string?> ObjectFix = ImmutableDictionary<string, string?>.Empty.Add(FixProperty, FixObject);

        private static void Report(System.Action<Diagnostic> report, IOperation value, string? source, string sink)
        {
            if (source is not null)
            {
                report(Diagnostic.Create(Descriptors.PersonalDataLogged, value.Syntax.GetLocation(), FixFor(value), source, sink));
            }
        }

        /// <summary>How the code fix can redact the value, when it is a tagged member read or a single object.</summary>
        private static ImmutableDictionary<string, string?>? FixFor(IOperation value)
        {
            while (value is IConversionOperation { IsImplicit: true } conversion)
            {
                value = conversion.Operand;
            }

            ISymbol? member = value switch
            {
                IPropertyReferenceOperation property => property.Property,
                IFieldReferenceOperation field => field.Field,
                _ => null,
            };
            if (member is not null && TagReader.IsTagged(member))
            {
                return value.Type?.SpecialType == SpecialType.System_String
                    ? ImmutableDictionary<string, string?>.Empty.Add(FixProperty, FixMember).Add(RedactionProperty, RedactionOf(member))
                    : null;
            }

            // ToRedactedString() is generated only for the types GeneratedTypeRules accepts (not structs, private or file-local types)
            // that have tags of their own or inherit them (not a string, nor a class that only holds a tagged one), and it
            // returns a string: not for an argument whose parameter wants the object itself ([LogProperties] Customer, a TState).
            return value.Type is INamedTypeSymbol { TypeKind: TypeKind.Class, SpecialType: SpecialType.None } type && ReferenceEquals(Untagged.TypeIndex.ElementOf(type), type)
                && GeneratedTypeRules.CanGenerateFor((INamedTypeSymbol)type.OriginalDefinition, out _)
                && HasGeneratedCode(type)
                && value.Parent is not IArgumentOperation { Parameter.Type: not { SpecialType: SpecialType.System_Object or SpecialType.System_String } }
                ? ObjectFix
                : null;
        }

        /// <summary>Whether the build generates <c>ToRedactedString</c> for the type: it or a base has a tag or is a subject; or, from another project, that project's build did.</summary>
        private static bool HasGeneratedCode(INamedTypeSymbol type)
        {
            if (type.ContainingAssembly is not ISourceAssemblySymbol)
            {
                return GeneratedTypeRules.CallableClassOf(type) is not null;
            }

            for (INamedTypeSymbol? level = type; level is not null && level.SpecialType != SpecialType.System_Object; level = level.BaseType)
            {
                if (TagReader.FindDataSubject(level) is not null || level.GetMembers().Any(m => ReadMembers.IsInstanceData(m) && TagReader.IsTagged(m)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The redaction the member's first tag asks for (<c>Redaction = RedactionKind.EmailMask</c>), or <c>Default</c>.</summary>
        private static string RedactionOf(ISymbol member) =>
            TagReader.ReadTags(member, ImmutableArray<PurposeDeclaration>.Empty) is { IsEmpty: false } tags
                ? tags[0].Redaction.ToString()
                : nameof(RedactionKind.Default);

        /// <summary>Per-compilation state: the severity gate and one <see cref="Taint"/> per method body.</summary>
        private sealed class State
        {
            private readonly TaintCache taints = new();

            public State(SeverityGate gate)
            {
                Gate = gate;
            }

            public SeverityGate Gate { get; }

            public Taint TaintFor(IOperation operation) => taints.For(operation);
        }
    }
}
