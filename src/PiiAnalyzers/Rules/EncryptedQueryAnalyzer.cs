using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Pii.Analyzers.Queries;
using Pii.Tagging;

namespace Pii.Analyzers.Rules
{
    /// <summary>
    /// PII011: a member stored encrypted (<c>Protection = Protection.Encrypted</c>) that a database query orders by,
    /// compares as a range, searches in or compares with a value. The database holds AES-GCM ciphertext with a random
    /// nonce, so the query would silently find wrong rows or none. Only queries count: lambdas turned into expression
    /// trees (<see cref="QueryTrees"/>); the same lambda over a list runs on decrypted values.
    /// </summary>
    /// <remarks>
    /// Nothing is registered for a compilation in which no member can be stored encrypted (<see cref="MayStoreEncrypted"/>).
    /// Otherwise one semantic-model action per file, like PII002 (an operation or syntax-node action would make the
    /// compiler's driver prepare every member of the project). The file's syntax is walked for lambdas and query
    /// expressions; a lambda's converted type tells whether it is a tree; a tree's member accesses are bound only then,
    /// and its operations are built only when one of them is stored encrypted (<see cref="State.IsEncrypted"/>, cached
    /// per member).
    /// </remarks>
    public sealed class EncryptedQueryAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.EncryptedMemberInQuery);

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

        /// <summary>Registers the rule's action for a compilation that references Pii.</summary>
        internal static void Register(CompilationStartAnalysisContext start)
        {
            if (!MayStoreEncrypted(start.Compilation, start.CancellationToken))
            {
                return;
            }

            var state = new State(SeverityGate.For(start.Compilation, start.Options, ImmutableArray.Create(Descriptors.EncryptedMemberInQuery)));
            start.RegisterSemanticModelAction(model =>
            {
                if (!state.Gate.IsOff(model.SemanticModel.SyntaxTree, model.CancellationToken))
                {
                    AnalyzeFile(model, state);
                }
            });
        }

        /// <summary>
        /// Whether any member the compilation sees may be stored encrypted, decided without reading a tag: a source file
        /// says <c>Encrypted</c>, or a referenced assembly references Pii (its members' tags are read when a query uses
        /// them). A project that encrypts nothing pays for nothing more.
        /// </summary>
        internal static bool MayStoreEncrypted(Compilation compilation, CancellationToken cancellationToken)
        {
            string? pii = compilation.GetTypeByMetadataName(WellKnownTypes.PersonalDataAttribute)?.ContainingAssembly.Name;
            foreach (IAssemblySymbol assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                foreach (IModuleSymbol module in assembly.Modules)
                {
                    foreach (AssemblyIdentity reference in module.ReferencedAssemblies)
                    {
                        if (reference.Name == pii)
                        {
                            return true;
                        }
                    }
                }
            }

            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                // The whole text at once: for all but very large files it is the string the file was read into.
                if (tree.GetText(cancellationToken).ToString().IndexOf(nameof(Protection.Encrypted), System.StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static void AnalyzeFile(SemanticModelAnalysisContext context, State state)
        {
            SemanticModel model = context.SemanticModel;
            CancellationToken cancellationToken = context.CancellationToken;
            var pending = new Stack<SyntaxNode>();
            pending.Push(model.SyntaxTree.GetRoot(cancellationToken));
            while (pending.Count > 0)
            {
                SyntaxNode node = pending.Pop();
                if (node is LambdaExpressionSyntax lambda && QueryTrees.IsExpressionType(model.GetTypeInfo(lambda, cancellationToken).ConvertedType))
                {
                    if (ReadsEncrypted(model, lambda, state, cancellationToken) && model.GetOperation(lambda, cancellationToken) is { } tree)
                    {
                        AnalyzeTree(context, tree, state);
                    }

                    continue; // lambdas inside are part of the tree
                }

                if (node is QueryExpressionSyntax query)
                {
                    // A query's clauses are lambdas without syntax of their own; the operation says which became trees.
                    if (ReadsEncrypted(model, query, state, cancellationToken) && model.GetOperation(query, cancellationToken) is { } operation)
                    {
                        foreach (IOperation tree in QueryTrees.TreesIn(operation))
                        {
                            AnalyzeTree(context, tree, state);
                        }
                    }

                    continue;
                }

                foreach (SyntaxNodeOrToken child in node.ChildNodesAndTokens())
                {
                    if (child.AsNode() is { } childNode)
                    {
                        pending.Push(childNode);
                    }
                }
            }
        }

        /// <summary>Whether any member access under <paramref name="node"/> is of a member stored encrypted: the cheap test before operations are built.</summary>
        private static bool ReadsEncrypted(SemanticModel model, SyntaxNode node, State state, CancellationToken cancellationToken)
        {
            foreach (SyntaxNode descendant in node.DescendantNodes())
            {
                if (descendant is MemberAccessExpressionSyntax access
                    && model.GetSymbolInfo(access, cancellationToken).Symbol is { Kind: SymbolKind.Property or SymbolKind.Field } member
                    && state.IsEncrypted(member))
                {
                    return true;
                }
            }

            return false;
        }

        private static void AnalyzeTree(SemanticModelAnalysisContext context, IOperation tree, State state)
        {
            foreach (IOperation operation in tree.Descendants())
            {
                if (operation is IMemberReferenceOperation { Kind: OperationKind.PropertyReference or OperationKind.FieldReference } reference
                    && state.IsEncrypted(reference.Member)
                    && QueryTrees.ReadsColumn(reference, tree)
                    && Wording(ColumnUses.Of(reference)) is { } problem)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.EncryptedMemberInQuery, reference.Syntax.GetLocation(), reference.Member.Name, problem));
                }
            }
        }

        /// <summary>What the database cannot do with ciphertext, and the way out; null when the use needs no plain value.</summary>
        private static string? Wording(ColumnUse use) => use switch
        {
            ColumnUse.Equality => "compare it with a value: an equality lookup needs a blind index (docs/encryption.md); or filter after loading",
            ColumnUse.Range => "compare it as a range (<, >, <=, >=): query on another column, or filter after loading",
            ColumnUse.Order => "order by it or find its minimum or maximum: order by another column, or sort after loading",
            ColumnUse.Search => "search in it or change its case or spaces: query on another column, or filter after loading",
            _ => null,
        };

        /// <summary>Per-compilation state: the severity gate and, per member, whether it is stored encrypted.</summary>
        private sealed class State
        {
            private readonly ConcurrentDictionary<ISymbol, bool> encrypted = new(SymbolEqualityComparer.Default);

            public State(SeverityGate gate)
            {
                Gate = gate;
            }

            public SeverityGate Gate { get; }

            /// <summary>
            /// Whether the member is stored encrypted: tagged <c>Protection.Encrypted</c>, of a type the generated value
            /// converter encrypts (<see cref="ProtectionRules.StoredCodec"/>, as the generator decides).
            /// </summary>
            public bool IsEncrypted(ISymbol member)
            {
                if (member.IsStatic)
                {
                    return false;
                }

                member = member.OriginalDefinition;
                if (encrypted.TryGetValue(member, out bool cached))
                {
                    return cached;
                }

                bool result = TagReader.IsTagged(member)
                    && MemberShape.TypeOf(member) is { } type
                    && ProtectionRules.StoredCodec(TagReader.ReadTags(member, ImmutableArray<PurposeDeclaration>.Empty), MemberShape.Of(type)) is not null;
                encrypted.TryAdd(member, result);
                return result;
            }
        }
    }
}
