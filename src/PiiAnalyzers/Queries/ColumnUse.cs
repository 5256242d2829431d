using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Pii.Analyzers.Queries
{
    /// <summary>What a database query asks the database to do with a column's stored value.</summary>
    internal enum ColumnUse
    {
        /// <summary>Nothing that needs the plain value: the column is projected, compared with null, or passed on.</summary>
        None,

        /// <summary>Compared with a value for equality: <c>==</c>, <c>!=</c>, <c>Equals</c>, an <c>IN</c> list, a join or grouping key, <c>Distinct</c>.</summary>
        Equality,

        /// <summary>Compared as a range: <c>&lt;</c>, <c>&gt;</c>, <c>&lt;=</c>, <c>&gt;=</c>, <c>CompareTo</c>, <c>string.Compare</c>.</summary>
        Range,

        /// <summary>Ordered: an ordering key, <c>Min</c> and <c>Max</c>.</summary>
        Order,

        /// <summary>Searched: <c>Contains</c>, <c>StartsWith</c>, <c>EndsWith</c>, <c>IndexOf</c>, case and whitespace functions, <c>LIKE</c>.</summary>
        Search,
    }

    /// <summary>
    /// Tells how a query uses a column it reads, from the operations around the column's reference. Only what the
    /// database itself must evaluate counts: a query provider translates these into SQL over the stored value.
    /// </summary>
    internal static class ColumnUses
    {
        /// <summary>How the query uses the column read by <paramref name="column"/>.</summary>
        public static ColumnUse Of(IOperation column)
        {
            // Conversions and the Value of a nullable column (c.BirthDate.Value < cutoff is c.BirthDate < cutoff in SQL) are the column.
            IOperation value = column;
            while (value.Parent is IConversionOperation
                || value.Parent is IPropertyReferenceOperation { Property.Name: "Value", Property.ContainingType.OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
                    && ReferenceEquals(nullable.Instance, value))
            {
                value = value.Parent;
            }

            return value.Parent switch
            {
                IBinaryOperation binary => OfComparison(binary, value),
                IInvocationOperation call when ReferenceEquals(call.Instance, value) => OfReceiver(call),
                IArgumentOperation { Parent: IInvocationOperation call } argument => OfArgument(call, argument),
                IReturnOperation { Parent: IBlockOperation { Parent: IAnonymousFunctionOperation lambda } } => OfResult(lambda),
                ISimpleAssignmentOperation { Parent: IAnonymousObjectCreationOperation key } assignment when ReferenceEquals(assignment.Value, value) => OfKeyPart(key),
                _ => ColumnUse.None,
            };
        }

        /// <summary>
        /// A member of an anonymous object (<c>new { c.Email, c.Id }</c>): a composite key of a join or grouping compares each
        /// of its members for equality; anything else (a projection) needs no plain value.
        /// </summary>
        private static ColumnUse OfKeyPart(IAnonymousObjectCreationOperation key)
        {
            IOperation value = key;
            while (value.Parent is IConversionOperation conversion)
            {
                value = conversion;
            }

            return value.Parent is IReturnOperation { Parent: IBlockOperation { Parent: IAnonymousFunctionOperation lambda } }
                && lambda.Parent?.Parent is IArgumentOperation { Parameter.Name: "keySelector" or "outerKeySelector" or "innerKeySelector" }
                && OfResult(lambda) == ColumnUse.Equality
                    ? ColumnUse.Equality
                    : ColumnUse.None;
        }

        private static ColumnUse OfComparison(IBinaryOperation binary, IOperation value)
        {
            switch (binary.OperatorKind)
            {
                case BinaryOperatorKind.Equals:
                case BinaryOperatorKind.NotEquals:
                    return IsNull(ReferenceEquals(binary.LeftOperand, value) ? binary.RightOperand : binary.LeftOperand) ? ColumnUse.None : ColumnUse.Equality;
                case BinaryOperatorKind.LessThan:
                case BinaryOperatorKind.LessThanOrEqual:
                case BinaryOperatorKind.GreaterThan:
                case BinaryOperatorKind.GreaterThanOrEqual:
                    return ColumnUse.Range;
                default:
                    return ColumnUse.None;
            }
        }

        /// <summary><c>column.Method(...)</c>.</summary>
        private static ColumnUse OfReceiver(IInvocationOperation call)
        {
            string name = call.TargetMethod.Name;
            if (name == "Equals")
            {
                return call.Arguments.Length > 0 && IsNull(call.Arguments[0].Value) ? ColumnUse.None : ColumnUse.Equality;
            }

            if (name == "CompareTo")
            {
                return ColumnUse.Range;
            }

            return IsString(call.TargetMethod) && (IsSearch(name) || IsCaseOrTrim(name)) ? ColumnUse.Search : ColumnUse.None;
        }

        /// <summary><c>Method(..., column, ...)</c>.</summary>
        private static ColumnUse OfArgument(IInvocationOperation call, IArgumentOperation argument)
        {
            IMethodSymbol method = call.TargetMethod;
            switch (method.Name)
            {
                case "Equals":
                    return IsNull(call.Instance ?? OtherOperand(call, argument)) ? ColumnUse.None : ColumnUse.Equality;
                case "CompareTo":
                case "Compare" when IsString(method):
                    return ColumnUse.Range;
                case "Like" or "ILike" when method.Parameters.Length > 0 && IsDbFunctions(method.Parameters[0].Type):
                    return ColumnUse.Search; // EF.Functions.Like(column, pattern)
                case "Contains" when !IsString(method):
                    // values.Contains(column): an IN list. A static Contains(source, value) takes the collection first.
                    return method.IsStatic && argument.Parameter?.Ordinal == 0 ? ColumnUse.None : ColumnUse.Equality;
                default:
                    return IsString(method) && IsSearch(method.Name) ? ColumnUse.Search : ColumnUse.None; // "text".Contains(column)
            }
        }

        /// <summary>A lambda that returns the column: a key or selector of a query operator.</summary>
        private static ColumnUse OfResult(IAnonymousFunctionOperation lambda)
        {
            if (lambda.Parent?.Parent is not IArgumentOperation { Parameter: { } parameter, Parent: IInvocationOperation call } || !IsQueryOperator(call.TargetMethod))
            {
                return ColumnUse.None;
            }

            string name = OperatorName(call.TargetMethod);
            switch (parameter.Name)
            {
                case "keySelector":
                    return name switch
                    {
                        "OrderBy" or "OrderByDescending" or "ThenBy" or "ThenByDescending" or "MinBy" or "MaxBy" => ColumnUse.Order,
                        "GroupBy" or "DistinctBy" or "CountBy" or "ExceptBy" or "IntersectBy" or "UnionBy" => ColumnUse.Equality,
                        _ => ColumnUse.None,
                    };
                case "outerKeySelector":
                case "innerKeySelector":
                    return ColumnUse.Equality; // Join, GroupJoin, LeftJoin, RightJoin
                case "selector" when name is "Min" or "Max":
                    return ColumnUse.Order;
                case "selector" when name == "Select":
                    return OfElement(call);
                default:
                    return ColumnUse.None;
            }
        }

        /// <summary>
        /// A <c>Select</c> whose element is the column, and what the operator it feeds does with its elements:
        /// <c>Select(c =&gt; c.BirthDate).Max()</c> orders the column, <c>Select(c =&gt; c.Email).Contains(email)</c> compares it.
        /// </summary>
        private static ColumnUse OfElement(IInvocationOperation select)
        {
            IOperation result = select;
            while (result.Parent is IConversionOperation or ITranslatedQueryOperation)
            {
                result = result.Parent;
            }

            if (result.Parent is not IArgumentOperation { Parameter.Ordinal: 0, Parent: IInvocationOperation consumer }
                || !consumer.TargetMethod.IsStatic
                || !IsQueryOperator(consumer.TargetMethod)
                || HasSelector(consumer))
            {
                return ColumnUse.None;
            }

            return OperatorName(consumer.TargetMethod) switch
            {
                "Min" or "Max" or "Order" or "OrderDescending" => ColumnUse.Order,
                "Distinct" => ColumnUse.Equality,
                "Contains" => consumer.Arguments.Length > 1 && IsNull(consumer.Arguments[1].Value) ? ColumnUse.None : ColumnUse.Equality,
                _ => ColumnUse.None,
            };
        }

        private static bool HasSelector(IInvocationOperation call)
        {
            foreach (IArgumentOperation argument in call.Arguments)
            {
                if (argument.Parameter?.Name is "selector" or "keySelector")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The other of the two values a static <c>Equals(a, b)</c> compares.</summary>
        private static IOperation? OtherOperand(IInvocationOperation call, IArgumentOperation argument)
        {
            foreach (IArgumentOperation other in call.Arguments)
            {
                if (!ReferenceEquals(other, argument) && other.Parameter?.Ordinal is 0 or 1)
                {
                    return other.Value;
                }
            }

            return null;
        }

        private static bool IsNull(IOperation? operation) =>
            QueryTrees.WithoutConversions(operation) is { ConstantValue: { HasValue: true, Value: null } };

        private static bool IsString(IMethodSymbol method) => method.ContainingType?.SpecialType == SpecialType.System_String;

        private static bool IsSearch(string name) => name is "Contains" or "StartsWith" or "EndsWith" or "IndexOf";

        private static bool IsCaseOrTrim(string name) =>
            name is "ToLower" or "ToLowerInvariant" or "ToUpper" or "ToUpperInvariant" or "Trim" or "TrimStart" or "TrimEnd";

        /// <summary><c>Microsoft.EntityFrameworkCore.DbFunctions</c>, the type of <c>EF.Functions</c>.</summary>
        private static bool IsDbFunctions(ITypeSymbol type) =>
            SymbolFacts.Is(type as INamedTypeSymbol, "DbFunctions", "Microsoft", "EntityFrameworkCore");

        /// <summary>A LINQ operator: <c>Queryable</c>, <c>Enumerable</c> (inside a tree) or EF Core's async ones.</summary>
        private static bool IsQueryOperator(IMethodSymbol method) =>
            method.ContainingType is { } type
            && (SymbolFacts.IsNamespace(type.ContainingNamespace, "System", "Linq") || SymbolFacts.IsNamespace(type.ContainingNamespace, "Microsoft", "EntityFrameworkCore"));

        /// <summary>The operator's name without EF Core's <c>Async</c> suffix (<c>MaxAsync</c> is <c>Max</c>).</summary>
        private static string OperatorName(IMethodSymbol method) =>
            method.Name.EndsWith("Async", System.StringComparison.Ordinal) ? method.Name.Substring(0, method.Name.Length - "Async".Length) : method.Name;
    }
}
