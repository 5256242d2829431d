using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Pii.Analyzers.Logging;
using Pii.Analyzers.Rules;
using Pii.Tagging;

namespace Pii.Analyzers.Untagged
{
    /// <summary>
    /// PII012: a member without a decision that holds tagged personal data under another name, because an assignment
    /// copies a tagged member's value into it (<c>dto.Contact = customer.Email</c>) or copies its value into a tagged
    /// member (<c>customer.Email = request.Contact</c>). PII001 judges names; this rule follows values, so it finds the
    /// view models, DTOs and messages whose names say nothing.
    /// </summary>
    /// <remarks>
    /// What a value carries is worked out within the method body that assigns it, as for PII002 (<see cref="Taint"/>):
    /// through locals, conversions, <c>??</c>, <c>?:</c>, string building and string methods. Assignments in object
    /// initializers and <c>with</c> expressions count, and so do arguments of the compilation's own constructors and
    /// instance methods, as assignments to the members those store them in (<see cref="Setters"/>). A member is reported
    /// once, at its declaration, with the first assignment in the compilation (by file and position) as its evidence, and
    /// only when PII001 does not already report it. The findings need the whole compilation, so they are reported when it
    /// ends: in the IDE they appear with full-solution analysis and in every build.
    /// </remarks>
    public sealed class CopiedPersonalDataAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.CopiedPersonalData);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                if (start.Compilation.GetTypeByMetadataName(WellKnownTypes.PersonalDataAttribute) is not null)
                {
                    Register(start, UntaggedPersonalDataAnalyzer.CreateState(start.Compilation, start.Options));
                }
            });
        }

        /// <summary>Registers the rule's actions for a compilation that references Pii, sharing PII001's state.</summary>
        internal static void Register(CompilationStartAnalysisContext start, UntaggedPersonalDataAnalyzer.CompilationState untagged)
        {
            var gate = SeverityGate.For(start.Compilation, start.Options, ImmutableArray.Create(Descriptors.CopiedPersonalData));
            if (start.Compilation.SyntaxTrees.All(tree => gate.IsOff(tree, start.CancellationToken)))
            {
                return; // switched off everywhere: no file is walked
            }

            var copies = new ConcurrentDictionary<ISymbol, Copy>(SymbolEqualityComparer.Default);
            var taints = new TaintCache();
            var setters = new Setters();

            // One action per file that walks its syntax for assignments, as PII002 walks it for calls: an operation action
            // would make the analyzer driver prepare every member of the project (see PersonalDataLoggedAnalyzer).
            start.RegisterSemanticModelAction(model =>
            {
                SemanticModel semanticModel = model.SemanticModel;
                CancellationToken cancellationToken = model.CancellationToken;
                foreach (SyntaxNode node in semanticModel.SyntaxTree.GetRoot(cancellationToken).DescendantNodes())
                {
                    switch (node)
                    {
                        case AssignmentExpressionSyntax assignment when node.IsKind(SyntaxKind.SimpleAssignmentExpression)
                            || node.IsKind(SyntaxKind.AddAssignmentExpression) || node.IsKind(SyntaxKind.CoalesceAssignmentExpression):
                            AnalyzeAssignment(semanticModel, assignment, copies, taints, cancellationToken);
                            break;
                        case BaseObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } creation:
                            AnalyzeCall(semanticModel, creation, creation.ArgumentList, setters, taints, cancellationToken);
                            break;
                        case InvocationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } invocation:
                            AnalyzeCall(semanticModel, invocation, invocation.ArgumentList, setters, taints, cancellationToken);
                            break;
                        case ConstructorInitializerSyntax { ArgumentList.Arguments.Count: > 0 } initializer: // : base(customer.Email)
                            AnalyzeCall(semanticModel, initializer, initializer.ArgumentList, setters, taints, cancellationToken);
                            break;
                        case PrimaryConstructorBaseTypeSyntax { ArgumentList.Arguments.Count: > 0 } baseType: // : Row(customer.Email)
                            AnalyzeCall(semanticModel, baseType, baseType.ArgumentList, setters, taints, cancellationToken);
                            break;
                        case ConstructorDeclarationSyntax { ParameterList.Parameters.Count: > 0 } declaration:
                            setters.Declare(semanticModel, declaration, cancellationToken);
                            break;
                        case MethodDeclarationSyntax { ParameterList.Parameters.Count: > 0 } declaration:
                            setters.Declare(semanticModel, declaration, cancellationToken);
                            break;
                        case TypeDeclarationSyntax { ParameterList.Parameters.Count: > 0 } declaration:
                            setters.DeclarePrimary(semanticModel, declaration, cancellationToken);
                            break;
                    }
                }
            });

            start.RegisterCompilationEndAction(end =>
            {
                // Values passed to constructors and methods: now that every one of the compilation is known, as if assigned
                foreach (PassedValue passed in setters.Passed)
                {
                    foreach (ISymbol member in setters.MembersSetBy(passed.Method, passed.Ordinal))
                    {
                        RecordPassed(copies, passed, member, end.Compilation);
                    }
                }

                foreach (KeyValuePair<ISymbol, Copy> found in copies)
                {
                    ISymbol member = found.Key; // a value member of this compilation (IsCandidate, when recorded)
                    if (!gate.IsOff(member.Locations[0].SourceTree, end.CancellationToken)
                        && !IsGenerated(member, end.CancellationToken)
                        && UntaggedPersonalDataAnalyzer.OptionsInScope(member, member.ContainingType, untagged, end.CancellationToken) is { } options
                        && (options.ExcludedNames.IsEmpty || !Vocabulary.PersonalDataNames.IsExcludedName(member.Name, options.ExcludedNames))
                        && UntaggedPersonalDataAnalyzer.Judge(member, untagged, end.Compilation, end.CancellationToken) is null)
                    {
                        Copy copy = found.Value;
                        end.ReportDiagnostic(Diagnostic.Create(
                            Descriptors.CopiedPersonalData,
                            member.Locations[0],
                            [copy.Location],
                            copy.Properties,
                            member.Name,
                            copy.What,
                            Where(copy.Location)));
                    }
                }
            });
        }

        private static void AnalyzeAssignment(
            SemanticModel model,
            AssignmentExpressionSyntax assignment,
            ConcurrentDictionary<ISymbol, Copy> copies,
            TaintCache taints,
            CancellationToken cancellationToken)
        {
            // Symbols first: the operation tree of the body is built only for an assignment to a member that may matter.
            if (assignment.Right is LiteralExpressionSyntax
                || Member(model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol) is not { } target
                || TagReader.IsNotPersonalData(target))
            {
                return;
            }

            bool tagged = TagReader.IsTagged(target);
            if (!tagged && !IsCandidate(target, model.Compilation))
            {
                return;
            }

            // (x += y and x ??= y also copy y into x.)
            var reads = new List<ISymbol>();
            if (!Carried(model, assignment.Right, taints, withSource: !tagged, reads, out string? source, out ISymbol? taggedRead, cancellationToken))
            {
                return;
            }

            if (!tagged)
            {
                // dto.Contact = customer.Email: the target receives tagged data
                if (source is not null)
                {
                    Record(copies, target, new Copy($"{source} is assigned to it", assignment.GetLocation(), PropertiesOf(taggedRead)));
                }

                return;
            }

            // customer.Email = request.Contact: what the tagged member receives, the member it is read from holds
            foreach (ISymbol read in reads)
            {
                RecordRead(copies, read, target, $"its value is assigned to {Taint.Describe(target)}", assignment.GetLocation(), model.Compilation);
            }
        }

        /// <summary>
        /// What a value carries: the members it is read from directly (<paramref name="reads"/>), the tagged data in it as
        /// text for the message (<paramref name="source"/>, only <paramref name="withSource"/>) and the tagged member that
        /// data is read from, for the category. Most mapping code copies one member into another (<c>view.Caption =
        /// customer.Email</c>): that is decided from the symbols alone, and the body's operation tree is built only for
        /// other values. <see langword="false"/> when the value has no operation.
        /// </summary>
        private static bool Carried(
            SemanticModel model,
            ExpressionSyntax value,
            TaintCache taints,
            bool withSource,
            List<ISymbol> reads,
            out string? source,
            out ISymbol? taggedRead,
            CancellationToken cancellationToken)
        {
            if (DirectRead(model, value, cancellationToken) is { } direct)
            {
                reads.Add(direct);
                taggedRead = TagReader.IsTagged(direct) ? direct : null;
                source = taggedRead is null ? null : Taint.Describe(direct);
                return true;
            }

            if (model.GetOperation(Unwrapped(value), cancellationToken) is not { } operation)
            {
                source = null;
                taggedRead = null;
                return false;
            }

            ReadsOf(operation, reads);
            source = withSource ? taints.For(operation).SourceOf(operation) : null;
            taggedRead = source is null ? null : reads.FirstOrDefault(TagReader.IsTagged);
            return true;
        }

        /// <summary>Records a member whose value goes into the tagged <paramref name="target"/>, when it has no decision.</summary>
        private static void RecordRead(ConcurrentDictionary<ISymbol, Copy> copies, ISymbol read, ISymbol target, string what, Location location, Compilation compilation)
        {
            if (!TagReader.IsTagged(read) && !TagReader.IsNotPersonalData(read) && IsCandidate(read, compilation)
                && !SymbolEqualityComparer.Default.Equals(read, target))
            {
                Record(copies, read, new Copy(what, location, PropertiesOf(target)));
            }
        }

        /// <summary>
        /// An argument of <c>new T(...)</c>, <c>x.M(...)</c> or a base constructor call (<c>: base(...)</c>, a primary
        /// constructor's <c>: Base(...)</c>) for a constructor or instance method declared in this compilation:
        /// what it carries and which members it reads, kept until the compilation ends, when it is known which members the
        /// method stores it in.
        /// </summary>
        private static void AnalyzeCall(
            SemanticModel model,
            SyntaxNode call,
            ArgumentListSyntax arguments,
            Setters setters,
            TaintCache taints,
            CancellationToken cancellationToken)
        {
            if (arguments.Arguments.All(argument => argument.Expression is LiteralExpressionSyntax)
                || model.GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol method
                || method.MethodKind != MethodKind.Constructor && (method.MethodKind != MethodKind.Ordinary || method.IsStatic)
                || !SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, model.Compilation.Assembly)
                || !setters.MayStore(method = method.OriginalDefinition, cancellationToken))
            {
                return;
            }

            for (int i = 0; i < arguments.Arguments.Count; i++)
            {
                ArgumentSyntax argument = arguments.Arguments[i];
                IParameterSymbol? parameter = argument.NameColon is { } name
                    ? method.Parameters.FirstOrDefault(p => p.Name == name.Name.Identifier.ValueText)
                    : i < method.Parameters.Length ? method.Parameters[i] : null;
                if (parameter is null or { IsParams: true } || argument.Expression is LiteralExpressionSyntax)
                {
                    continue;
                }

                var reads = new List<ISymbol>();
                if (!Carried(model, argument.Expression, taints, withSource: true, reads, out string? source, out ISymbol? taggedRead, cancellationToken))
                {
                    continue;
                }

                reads.RemoveAll(read => read is IParameterSymbol || TagReader.IsTagged(read));
                if (source is not null || reads.Count > 0)
                {
                    setters.Passed.Add(new PassedValue(method, parameter.Ordinal, source, PropertiesOf(taggedRead), reads, argument.GetLocation()));
                }
            }
        }

        /// <summary>A value passed to a constructor or method that stores it in <paramref name="member"/>, recorded as if assigned to it.</summary>
        private static void RecordPassed(ConcurrentDictionary<ISymbol, Copy> copies, PassedValue passed, ISymbol member, Compilation compilation)
        {
            if (TagReader.IsTagged(member))
            {
                // new Customer(request.Contact): what the constructor stores in a tagged member, the member it is read from holds
                foreach (ISymbol read in passed.Reads)
                {
                    RecordRead(copies, read, member, $"its value is passed to {passed.Setter} {Taint.Describe(member)}", passed.Location, compilation);
                }
            }
            else if (passed.Source is not null && !TagReader.IsNotPersonalData(member) && IsCandidate(member, compilation))
            {
                // new CustomerDto(customer.Email): the member the constructor stores it in receives tagged data
                Record(copies, member, new Copy($"{passed.Source} is passed to {passed.Setter} it", passed.Location, passed.Properties));
            }
        }

        /// <summary>
        /// The property or field <paramref name="value"/> reads, when it is nothing but that read (<c>customer.Email</c>,
        /// <c>Email</c>, <c>(customer.Email)</c>, <c>customer.Email!</c>); <see langword="null"/> for anything else.
        /// </summary>
        private static ISymbol? DirectRead(SemanticModel model, ExpressionSyntax value, CancellationToken cancellationToken)
        {
            value = Unwrapped(value);
            return value is IdentifierNameSyntax or MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression }
                ? Member(model.GetSymbolInfo(value, cancellationToken).Symbol)
                : null;
        }

        /// <summary>The expression inside parentheses and <c>!</c> (which have no operation of their own).</summary>
        private static ExpressionSyntax Unwrapped(ExpressionSyntax value)
        {
            while (true)
            {
                switch (value)
                {
                    case ParenthesizedExpressionSyntax parenthesized:
                        value = parenthesized.Expression;
                        break;
                    case PostfixUnaryExpressionSyntax suppressed when suppressed.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                        value = suppressed.Operand;
                        break;
                    default:
                        return value;
                }
            }
        }

        /// <summary>The property or field a symbol stands for, as declared (a partial property's definition part).</summary>
        internal static ISymbol? Member(ISymbol? symbol) => symbol switch
        {
            IPropertySymbol property => property.OriginalDefinition.PartialDefinitionPart ?? property.OriginalDefinition,
            IFieldSymbol field => field.OriginalDefinition,
            _ => null,
        };

        /// <summary>
        /// Whether the member is declared in this compilation and is a value member PII001 looks at; not a property of an
        /// anonymous type, which has no declaration to tag.
        /// </summary>
        private static bool IsCandidate(ISymbol member, Compilation compilation) =>
            SymbolEqualityComparer.Default.Equals(member.ContainingAssembly, compilation.Assembly)
            && member.ContainingType is { IsAnonymousType: false }
            && UntaggedPersonalDataAnalyzer.IsValueMember(member, out _, out _);

        /// <summary>
        /// The members (and parameters) a value is read from directly: through conversions, <c>??</c>, <c>?:</c>, <c>?.</c>, <c>await</c> and
        /// string methods (<c>request.Contact.Trim()</c>), not through other calls or arithmetic.
        /// </summary>
        internal static void ReadsOf(IOperation? value, List<ISymbol> reads)
        {
            switch (value)
            {
                case IPropertyReferenceOperation property when Member(property.Property) is { } member:
                    reads.Add(member);
                    break;
                case IFieldReferenceOperation field when Member(field.Field) is { } member:
                    reads.Add(member);
                    break;
                case IParameterReferenceOperation parameter:
                    reads.Add(parameter.Parameter); // a parameter a constructor or method stores in a member (see Setters)
                    break;
                case IConversionOperation conversion:
                    ReadsOf(conversion.Operand, reads);
                    break;
                case IParenthesizedOperation parenthesized:
                    ReadsOf(parenthesized.Operand, reads);
                    break;
                case ICoalesceOperation coalesce:
                    ReadsOf(coalesce.Value, reads);
                    ReadsOf(coalesce.WhenNull, reads);
                    break;
                case IConditionalOperation conditional:
                    ReadsOf(conditional.WhenTrue, reads);
                    ReadsOf(conditional.WhenFalse, reads);
                    break;
                case IConditionalAccessOperation conditionalAccess:
                    // request?.Contact and request?.Contact.Trim() read the member after '?.'; request.Contact?.Trim() reads
                    // the member the instance stands for (below)
                    ReadsOf(conditionalAccess.WhenNotNull, reads);
                    break;
                case IConditionalAccessInstanceOperation instance:
                    ReadsOf(Taint.AccessedBy(instance), reads);
                    break;
                case IAwaitOperation awaited:
                    ReadsOf(awaited.Operation, reads);
                    break;
                case IInvocationOperation { Instance: { } receiver } invocation when IsStringMethod(invocation):
                    ReadsOf(receiver, reads);
                    break;
            }
        }

        /// <summary>A string method that returns the string changed (<c>Trim</c>, <c>ToLowerInvariant</c>).</summary>
        private static bool IsStringMethod(IOperation operation) =>
            operation is IInvocationOperation { Instance.Type.SpecialType: SpecialType.System_String } invocation
            && invocation.TargetMethod.ReturnType.SpecialType == SpecialType.System_String;

        /// <summary>The category of the member's tag, as PII001's diagnostics carry it for the code fix.</summary>
        private static ImmutableDictionary<string, string?> PropertiesOf(ISymbol? tagged)
        {
            if (tagged is null || TagReader.ReadTags(tagged, ImmutableArray<PurposeDeclaration>.Empty) is not { IsEmpty: false } tags)
            {
                return UntaggedPersonalDataAnalyzer.PropertiesFor(default);
            }

            MemberTag tag = tags[0];
            return UntaggedPersonalDataAnalyzer.PropertiesFor(new Vocabulary.NameVerdict(true, tag.Category, tag.SpecialCategory, null));
        }

        /// <summary>Keeps, for each member, the first assignment in the compilation by file and position, whatever order files are analyzed in.</summary>
        private static void Record(ConcurrentDictionary<ISymbol, Copy> copies, ISymbol member, Copy copy) =>
            copies.AddOrUpdate(member, copy, (_, known) => Before(copy.Location, known.Location) ? copy : known);

        private static bool Before(Location a, Location b)
        {
            int byFile = string.CompareOrdinal(a.SourceTree?.FilePath, b.SourceTree?.FilePath);
            return byFile < 0 || byFile == 0 && a.SourceSpan.Start < b.SourceSpan.Start;
        }

        /// <summary>"CustomerMapper.cs, line 12".</summary>
        private static string Where(Location location) =>
            $"{Path.GetFileName(location.SourceTree?.FilePath ?? string.Empty)}, line {location.GetLineSpan().StartLinePosition.Line + 1}";

        /// <summary>
        /// Whether the member is declared in generated code (a file marked <c>&lt;auto-generated&gt;</c>, named <c>*.g.cs</c>,
        /// <c>*.designer.cs</c> or <c>*.generated.cs</c>, or a type marked <c>[GeneratedCode]</c>), where no tag can be added.
        /// </summary>
        private static bool IsGenerated(ISymbol member, CancellationToken cancellationToken)
        {
            for (INamedTypeSymbol? type = member.ContainingType; type is not null; type = type.ContainingType)
            {
                if (SymbolFacts.HasAttribute(type, "GeneratedCodeAttribute", "System", "CodeDom", "Compiler"))
                {
                    return true;
                }
            }

            SyntaxTree? tree = member.Locations[0].SourceTree;
            string path = tree?.FilePath ?? string.Empty;
            if (path.EndsWith(".g.cs", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".designer.cs", StringComparison.OrdinalIgnoreCase)
                || path.EndsWith(".generated.cs", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            foreach (SyntaxTrivia trivia in tree?.GetRoot(cancellationToken).GetLeadingTrivia() ?? default)
            {
                if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) && trivia.ToString().IndexOf("<auto-generated", StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>What was found about a member: how it gets personal data, where, and the category to suggest.</summary>
        private sealed class Copy
        {
            public Copy(string what, Location location, ImmutableDictionary<string, string?> properties)
            {
                What = what;
                Location = location;
                Properties = properties;
            }

            public string What { get; }

            public Location Location { get; }

            public ImmutableDictionary<string, string?> Properties { get; }
        }
    }
}
