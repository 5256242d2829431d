using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Pii.Analyzers.Untagged
{
    /// <summary>
    /// For PII012, where the constructors and instance methods declared in the compilation put their arguments: the members
    /// of their object a parameter is stored in, and the constructors it is passed on to (<c>: base(email)</c>,
    /// <c>: this(email, null)</c>, a record's <c>: Person(Name)</c>). Each method is read in the file that declares it; the
    /// values passed to it are collected where it is called and matched with it when the compilation ends.
    /// </summary>
    /// <remarks>
    /// A parameter is stored in a member when the method assigns it to one of its own object's members (with <c>=</c>,
    /// <c>??=</c> or <c>+=</c>), directly or through <c>??</c>, <c>?:</c>, <c>?.</c>, conversions and string methods
    /// (<c>Email = email?.Trim() ?? throw ...</c>); when
    /// a member initializer of a type with a primary constructor reads it (<c>public string Mail { get; } = email;</c>); and,
    /// for a positional record, in the property the parameter declares. Values passed through other calls are not followed.
    /// </remarks>
    internal sealed class Setters
    {
        private const int MaxChain = 8;

        private readonly ConcurrentDictionary<IMethodSymbol, Stores> stores = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IMethodSymbol, bool> mayStore = new(SymbolEqualityComparer.Default);

        /// <summary>The arguments passed to this compilation's constructors and methods that carry personal data or read members.</summary>
        public ConcurrentBag<PassedValue> Passed { get; } = new();

        /// <summary>
        /// Reads a constructor, or an instance method that assigns a member from something named like one of its parameters
        /// (a syntax check first, so that only those methods get their operations built).
        /// </summary>
        public void Declare(SemanticModel model, BaseMethodDeclarationSyntax declaration, CancellationToken cancellationToken)
        {
            if (declaration is MethodDeclarationSyntax method && (method.Modifiers.Any(SyntaxKind.StaticKeyword) || !AssignsFromParameter(method)))
            {
                return;
            }

            if (model.GetDeclaredSymbol(declaration, cancellationToken) is not IMethodSymbol symbol
                || model.GetOperation(declaration, cancellationToken) is not { } body)
            {
                return;
            }

            var found = new Stores(symbol); // the body's parameters are the implementation part's
            foreach (IOperation operation in body.Descendants())
            {
                Read(operation, found);
            }

            stores[symbol.PartialDefinitionPart ?? symbol] = found; // a partial constructor or method is called by its definition
        }

        /// <summary>
        /// Whether a call's arguments are worth following: any constructor, and an instance method whose declaration passes the
        /// syntax check of <see cref="Declare"/> (most calls go to methods that store nothing, and are dropped here).
        /// </summary>
        public bool MayStore(IMethodSymbol method, CancellationToken cancellationToken) =>
            method.MethodKind == MethodKind.Constructor
            || mayStore.GetOrAdd(method, m =>
            {
                foreach (SyntaxReference reference in (m.PartialImplementationPart ?? m).DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax(cancellationToken) is MethodDeclarationSyntax declaration && AssignsFromParameter(declaration))
                    {
                        return true;
                    }
                }

                return false;
            });

        /// <summary>Whether the method's body assigns something that mentions a parameter by name (<c>Email = email.Trim()</c>).</summary>
        private static bool AssignsFromParameter(MethodDeclarationSyntax method)
        {
            SyntaxNode? body = (SyntaxNode?)method.Body ?? method.ExpressionBody;
            if (body is null)
            {
                return false;
            }

            foreach (SyntaxNode node in body.DescendantNodes())
            {
                if (node is AssignmentExpressionSyntax assignment)
                {
                    foreach (SyntaxNode part in assignment.Right.DescendantNodesAndSelf())
                    {
                        if (part is IdentifierNameSyntax identifier && IsParameter(method, identifier.Identifier.ValueText))
                        {
                            return true;
                        }
                    }
                }
            }

            return false;

            static bool IsParameter(MethodDeclarationSyntax method, string name)
            {
                foreach (ParameterSyntax parameter in method.ParameterList.Parameters)
                {
                    if (parameter.Identifier.ValueText == name)
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        /// <summary>Reads the primary constructor of a class, struct or record: its positional properties, member initializers and base call.</summary>
        public void DeclarePrimary(SemanticModel model, TypeDeclarationSyntax declaration, CancellationToken cancellationToken)
        {
            if (model.GetDeclaredSymbol(declaration, cancellationToken) is not INamedTypeSymbol type
                || PrimaryConstructorOf(type, declaration) is not { } constructor)
            {
                return;
            }

            var found = new Stores(constructor);
            if (type.IsRecord)
            {
                foreach (IParameterSymbol parameter in constructor.Parameters)
                {
                    // record Customer(string Email): the property the parameter declares (none when a base record has it)
                    foreach (ISymbol member in type.GetMembers(parameter.Name))
                    {
                        if (member is IPropertySymbol property && property.Locations.Length > 0 && parameter.Locations.Length > 0
                            && property.Locations[0] == parameter.Locations[0])
                        {
                            found.Add(parameter, property);
                        }
                    }
                }
            }

            foreach (MemberDeclarationSyntax member in declaration.Members)
            {
                switch (member)
                {
                    case PropertyDeclarationSyntax { Initializer: { } initializer }:
                        Read(model.GetOperation(initializer, cancellationToken), found);
                        break;
                    case FieldDeclarationSyntax field:
                        foreach (VariableDeclaratorSyntax variable in field.Declaration.Variables)
                        {
                            if (variable.Initializer is { } fieldInitializer)
                            {
                                Read(model.GetOperation(fieldInitializer, cancellationToken), found);
                            }
                        }

                        break;
                }
            }

            if (declaration.BaseList is { } bases)
            {
                foreach (BaseTypeSyntax baseType in bases.Types)
                {
                    if (baseType is PrimaryConstructorBaseTypeSyntax)
                    {
                        Read(model.GetOperation(baseType, cancellationToken), found);
                    }
                }
            }

            stores[constructor] = found;
        }

        /// <summary>The members a value passed as the method's parameter ends up in, through the constructors it is passed on to.</summary>
        public IReadOnlyCollection<ISymbol> MembersSetBy(IMethodSymbol method, int ordinal)
        {
            var members = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            Collect(method, ordinal, members, depth: 0);
            return members;
        }

        private void Collect(IMethodSymbol method, int ordinal, HashSet<ISymbol> members, int depth)
        {
            if (depth > MaxChain || !stores.TryGetValue(method, out Stores? found) || ordinal >= found.Members.Length)
            {
                return; // not declared in this compilation, or a chain of constructors that calls itself
            }

            members.UnionWith(found.Members[ordinal]);
            foreach ((IMethodSymbol next, int nextOrdinal) in found.PassedOn[ordinal])
            {
                Collect(next, nextOrdinal, members, depth + 1);
            }
        }

        private static IMethodSymbol? PrimaryConstructorOf(INamedTypeSymbol type, TypeDeclarationSyntax declaration)
        {
            foreach (IMethodSymbol constructor in type.InstanceConstructors)
            {
                foreach (SyntaxReference reference in constructor.DeclaringSyntaxReferences)
                {
                    if (reference.SyntaxTree == declaration.SyntaxTree && reference.Span == declaration.Span)
                    {
                        return constructor;
                    }
                }
            }

            return null;
        }

        /// <summary>What one operation of a constructor or method does with its parameters.</summary>
        private static void Read(IOperation? operation, Stores found)
        {
            switch (operation)
            {
                case IAssignmentOperation { Target: IMemberReferenceOperation { Instance: IInstanceReferenceOperation } target } assignment
                    when assignment is ISimpleAssignmentOperation || assignment is ICoalesceAssignmentOperation
                        || assignment is ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add }: // Log += text
                    found.AddReads(assignment.Value, CopiedPersonalDataAnalyzer.Member(target.Member));
                    break;
                case IPropertyInitializerOperation initializer:
                    foreach (IPropertySymbol property in initializer.InitializedProperties)
                    {
                        found.AddReads(initializer.Value, CopiedPersonalDataAnalyzer.Member(property));
                    }

                    break;
                case IFieldInitializerOperation initializer:
                    foreach (IFieldSymbol field in initializer.InitializedFields)
                    {
                        found.AddReads(initializer.Value, CopiedPersonalDataAnalyzer.Member(field));
                    }

                    break;
                case IInvocationOperation { TargetMethod.MethodKind: MethodKind.Constructor, Instance: IInstanceReferenceOperation } chained:
                    // : base(email), : this(email, null), record Customer(string Name) : Person(Name)
                    foreach (IArgumentOperation argument in chained.Arguments)
                    {
                        if (argument.Parameter is { } target)
                        {
                            found.AddPassedOn(argument.Value, chained.TargetMethod.OriginalDefinition, target.Ordinal);
                        }
                    }

                    break;
            }
        }

        /// <summary>Where each parameter of one constructor or method goes.</summary>
        private sealed class Stores
        {
            private readonly IMethodSymbol method;

            public Stores(IMethodSymbol method)
            {
                this.method = method;
                Members = new List<ISymbol>[method.Parameters.Length];
                PassedOn = new List<(IMethodSymbol, int)>[method.Parameters.Length];
                for (int i = 0; i < Members.Length; i++)
                {
                    Members[i] = new List<ISymbol>();
                    PassedOn[i] = new List<(IMethodSymbol, int)>();
                }
            }

            public List<ISymbol>[] Members { get; }

            public List<(IMethodSymbol Constructor, int Ordinal)>[] PassedOn { get; }

            public void Add(IParameterSymbol parameter, ISymbol member) => Members[parameter.Ordinal].Add(member);

            public void AddReads(IOperation value, ISymbol? member)
            {
                if (member is null)
                {
                    return;
                }

                foreach (IParameterSymbol parameter in ParametersRead(value))
                {
                    Members[parameter.Ordinal].Add(member);
                }
            }

            public void AddPassedOn(IOperation value, IMethodSymbol next, int ordinal)
            {
                foreach (IParameterSymbol parameter in ParametersRead(value))
                {
                    PassedOn[parameter.Ordinal].Add((next, ordinal));
                }
            }

            /// <summary>This method's parameters that a value is read from directly.</summary>
            private IEnumerable<IParameterSymbol> ParametersRead(IOperation value)
            {
                var reads = new List<ISymbol>();
                CopiedPersonalDataAnalyzer.ReadsOf(value, reads);
                foreach (ISymbol read in reads)
                {
                    if (read is IParameterSymbol parameter && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, method))
                    {
                        yield return parameter;
                    }
                }
            }
        }
    }

    /// <summary>An argument passed to a constructor or method of the compilation, with what it carries and the members it reads.</summary>
    internal sealed class PassedValue
    {
        public PassedValue(IMethodSymbol method, int ordinal, string? source, ImmutableDictionary<string, string?> properties, IReadOnlyList<ISymbol> reads, Location location)
        {
            Method = method;
            Ordinal = ordinal;
            Source = source;
            Properties = properties;
            Reads = reads;
            Location = location;
        }

        /// <summary>The constructor or method, as declared.</summary>
        public IMethodSymbol Method { get; }

        /// <summary>The parameter the value is passed as.</summary>
        public int Ordinal { get; }

        /// <summary>The tagged personal data it carries, as text for the message, or <see langword="null"/>.</summary>
        public string? Source { get; }

        /// <summary>The category of the tagged member it carries, for the code fix.</summary>
        public ImmutableDictionary<string, string?> Properties { get; }

        /// <summary>The members without a tag it is read from directly.</summary>
        public IReadOnlyList<ISymbol> Reads { get; }

        /// <summary>The argument.</summary>
        public Location Location { get; }

        /// <summary>"the constructor that sets", "'Customer.Rename', which sets".</summary>
        public string Setter => Method.MethodKind == MethodKind.Constructor ? "the constructor that sets" : $"{Logging.Taint.Describe(Method)}, which sets";
    }
}
