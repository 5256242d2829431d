using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Pii.Analyzers.Queries
{
    /// <summary>
    /// Database queries as the compiler hands them to a LINQ provider: lambdas turned into expression trees
    /// (<c>Expression&lt;TDelegate&gt;</c>, such as the arguments of <c>Queryable</c> methods), and the columns they read.
    /// </summary>
    /// <remarks>
    /// A lambda converted to a delegate (<c>Func&lt;T, bool&gt;</c>, LINQ to objects) runs in memory and is not a query.
    /// Lambdas inside a tree are part of it, whatever their own type: <c>c =&gt; c.Orders.Any(o =&gt; ...)</c> is
    /// translated as a whole.
    /// </remarks>
    internal static class QueryTrees
    {
        /// <summary>Whether a lambda converted to this type becomes an expression tree.</summary>
        public static bool IsExpressionType(ITypeSymbol? type) =>
            type is INamedTypeSymbol { Name: "Expression" or "LambdaExpression" } named
            && SymbolFacts.IsNamespace(named.ContainingNamespace, "System", "Linq", "Expressions");

        /// <summary>Whether the operation is a lambda the compiler turns into an expression tree.</summary>
        public static bool IsTree(IOperation operation) =>
            operation is IAnonymousFunctionOperation { Parent: IConversionOperation conversion } && IsExpressionType(conversion.Type);

        /// <summary>The outermost expression trees at or under <paramref name="operation"/>.</summary>
        public static List<IOperation> TreesIn(IOperation operation)
        {
            var trees = new List<IOperation>();
            var pending = new Stack<IOperation>();
            pending.Push(operation);
            while (pending.Count > 0)
            {
                IOperation current = pending.Pop();
                if (IsTree(current))
                {
                    trees.Add(current);
                    continue;
                }

                foreach (IOperation child in current.ChildOperations)
                {
                    pending.Push(child);
                }
            }

            return trees;
        }

        /// <summary>
        /// Whether a member reference in <paramref name="tree"/> reads a column of the rows the query runs over: its
        /// instance is, through members (navigations such as <c>o.Customer.Email</c>), a parameter of a lambda of the tree.
        /// A member of a captured variable (<c>customer.Email</c>, <c>this.Email</c>) is a value the provider sends as a
        /// parameter, not a column.
        /// </summary>
        public static bool ReadsColumn(IMemberReferenceOperation reference, IOperation tree)
        {
            IOperation? instance = reference.Instance;
            while (true)
            {
                instance = WithoutConversions(instance);
                if (instance is IPropertyReferenceOperation or IFieldReferenceOperation)
                {
                    instance = ((IMemberReferenceOperation)instance).Instance;
                    continue;
                }

                break;
            }

            if (instance is not IParameterReferenceOperation { Parameter.ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } lambda })
            {
                return false;
            }

            // The lambda that declares the parameter encloses the reference; it must be the tree or inside it.
            for (IOperation? current = reference.Parent; current is not null; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation function && SymbolEqualityComparer.Default.Equals(function.Symbol, lambda))
                {
                    return true;
                }

                if (ReferenceEquals(current, tree))
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>The operation under any conversions (casts, boxing, lifting to nullable).</summary>
        public static IOperation? WithoutConversions(IOperation? operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }
    }
}
