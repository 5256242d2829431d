using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Pii.Analyzers.Untagged;
using Pii.Tagging;

namespace Pii.Analyzers.Logging
{
    /// <summary>
    /// Where a value comes from, within one method body (lambdas and local functions included): whether it is, or is
    /// built from, a read of a tagged member or a whole object with tagged members. Nothing outside the body is followed.
    /// </summary>
    /// <remarks>
    /// A local, parameter or field carries what was assigned to it anywhere in the body (flow-insensitive: an
    /// assignment after the log call still counts, which errs on the side of reporting). Strings built by
    /// concatenation, interpolation, <c>string.Format</c>/<c>Concat</c>/<c>Join</c>, <c>ToString()</c>, string methods
    /// and <c>StringBuilder</c>, tuples, anonymous objects, <c>?:</c> and <c>??</c> carry what they were built from.
    /// Sanitizers stop it: the generated <c>ToRedactedString()</c>, <c>Pii.Redaction.Redactor</c>, Microsoft.Extensions.Compliance
    /// redactors and methods marked <c>[RedactsPersonalData]</c>.
    /// </remarks>
    internal sealed class Taint
    {
        private readonly IOperation root;
        private readonly TaggedTypes types;
        private readonly Dictionary<ISymbol, string?> symbols = new(SymbolEqualityComparer.Default);
        private List<(ISymbol Target, IOperation Value)>? writes;

        public Taint(IOperation root, TaggedTypes types)
        {
            this.root = root;
            this.types = types;
        }

        /// <summary>
        /// How deep the search may go through values built from values (<c>a ?? (b ?? ...)</c>, locals assigned from
        /// locals). Past it the search gives up on that branch: without a limit, generated code with thousands of
        /// levels overflowed the stack and killed the compiler.
        /// </summary>
        internal const int MaxDepth = 200;

        private int depth;

        // Whether the search gave up on a branch at MaxDepth since it was last cleared: what was found then is not cached,
        // since a shallower search for the same local can go further.
        private bool truncated;

        /// <summary>What personal data <paramref name="value"/> carries, as text for the message, or <see langword="null"/>.</summary>
        public string? SourceOf(IOperation? value)
        {
            if (depth >= MaxDepth)
            {
                truncated = true;
                return null;
            }

            depth++;
            try
            {
                return Follow(value);
            }
            finally
            {
                depth--;
            }
        }

        private string? Follow(IOperation? value)
        {
            switch (value)
            {
                case null:
                    return null;
                case { ConstantValue.HasValue: true }:
                    return null;
                case IConversionOperation conversion:
                    return SourceOf(conversion.Operand);
                case IParenthesizedOperation parenthesized:
                    return SourceOf(parenthesized.Operand);
                case IPropertyReferenceOperation { Property.Name: "Value", Instance: { } nullable } when IsNullable(nullable.Type):
                    return SourceOf(nullable);   // patient.Diabetic.Value is the tagged value
                case IPropertyReferenceOperation property:
                    return TagReader.IsTagged(property.Property) ? Describe(property.Property) : ObjectSource(property);
                case IFieldReferenceOperation field:
                    return TagReader.IsTagged(field.Field) ? Describe(field.Field) : ObjectSource(field) ?? SymbolSource(field.Field);
                case ILocalReferenceOperation local:
                    return ObjectSource(local) ?? SymbolSource(local.Local);
                case IParameterReferenceOperation parameter:
                    return ObjectSource(parameter) ?? SymbolSource(parameter.Parameter);
                case IInterpolatedStringHandlerCreationOperation handler:
                    return SourceOf(handler.Content);
                case IInterpolatedStringOperation interpolated:
                    foreach (IInterpolatedStringContentOperation part in interpolated.Parts)
                    {
                        string? found = part switch
                        {
                            IInterpolationOperation interpolation => SourceOf(interpolation.Expression),
                            IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation append } => FirstOf(append.Arguments),
                            _ => null,
                        };
                        if (found is not null)
                        {
                            return found;
                        }
                    }

                    return null;
                case IBinaryOperation binary:
                    return IsComparison(binary) ? null : BinarySource(binary);
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                    return SourceOf(not.Operand);   // !patient.Smoker is the flag
                case IIsPatternOperation pattern:
                    // patient.Smoker is true is the flag; patient.Email is not null is a fact about the value
                    return IsBoolean(pattern.Value) && IsTrueOrFalse(pattern.Pattern) ? SourceOf(pattern.Value) : null;
                case IConditionalOperation conditional:
                    // patient.Smoker ? "yes" : "no" tells the flag; a condition that compares (Age >= 18) has no source
                    return SourceOf(conditional.Condition) ?? SourceOf(conditional.WhenTrue) ?? SourceOf(conditional.WhenFalse);
                case ISwitchExpressionOperation switched:
                    // patient.Smoker switch { true => "yes", false => "no" } tells the flag, as ?: does; a switch on another
                    // value (Age switch { < 18 => ... }) is a set of comparisons; an arm's value may be a source itself
                    return (IsBoolean(switched.Value) ? SourceOf(switched.Value) : null) ?? FirstOf(switched.Arms.Select(arm => arm.Value));
                case ICoalesceOperation coalesce:
                    return SourceOf(coalesce.Value) ?? SourceOf(coalesce.WhenNull);
                case ITupleOperation tuple:
                    return FirstOf(tuple.Elements);
                case IAnonymousObjectCreationOperation anonymous:
                    foreach (IOperation initializer in anonymous.Initializers)
                    {
                        if (SourceOf(initializer is ISimpleAssignmentOperation assignment ? assignment.Value : initializer) is { } found)
                        {
                            return found;
                        }
                    }

                    return null;
                case IArrayCreationOperation array:
                    return array.Initializer is null ? null : FirstOf(array.Initializer.ElementValues);
                case IAwaitOperation awaited:
                    return SourceOf(awaited.Operation);
                case IConditionalAccessOperation conditionalAccess:
                    return SourceOf(conditionalAccess.WhenNotNull);
                case IConditionalAccessInstanceOperation instance:
                    return SourceOf(AccessedBy(instance)); // customer.Email?.Trim(): the receiver is what '?.' tested
                case IObjectCreationOperation creation:
                    // new Dictionary<string, object> { ["Identity"] = email }, new List<string> { name }, new Uri(website)
                    return ObjectSource(creation) ?? FirstOf(creation.Arguments) ?? InitializerSource(creation.Initializer);
                case ICollectionExpressionOperation collection:
                    return FirstOf(collection.Elements);
                case IInvocationOperation invocation:
                    return InvocationSource(invocation);
                default:
                    return ObjectSource(value);
            }
        }

        /// <summary>
        /// Whether <paramref name="binary"/> compares its operands, which yields a fact about a value rather than the value.
        /// <c>==</c> and <c>!=</c> between two booleans are not comparisons in that sense: <c>patient.Smoker == true</c>
        /// is the flag itself; only a test against <see langword="null"/> (<c>patient.Diabetic != null</c>) is a fact.
        /// </summary>
        private static bool IsComparison(IBinaryOperation binary)
        {
            if (binary.Type?.SpecialType != SpecialType.System_Boolean)
            {
                return false;
            }

            switch (binary.OperatorKind)
            {
                case BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals or BinaryOperatorKind.ObjectValueEquals
                    or BinaryOperatorKind.ObjectValueNotEquals:
                    return !IsBoolean(binary.LeftOperand) || !IsBoolean(binary.RightOperand) || IsNull(binary.LeftOperand) || IsNull(binary.RightOperand);
                case BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan
                    or BinaryOperatorKind.GreaterThanOrEqual:
                    return true;
                default:
                    return false;
            }

            // A null test is a fact however it is written: != null, != (bool?)null, != default.
            static bool IsNull(IOperation operand)
            {
                while (operand is IConversionOperation conversion)
                {
                    operand = conversion.Operand;
                }

                return operand.ConstantValue is { HasValue: true, Value: null } || operand is IDefaultValueOperation { Type: var type } && IsNullable(type);
            }
        }

        /// <summary>Whether <paramref name="type"/> is <see cref="Nullable{T}"/>.</summary>
        private static bool IsNullable(ITypeSymbol? type) => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };

        /// <summary>Whether the operand, before an implicit conversion, is a <see langword="bool"/> or a <see langword="bool"/>?.</summary>
        private static bool IsBoolean(IOperation operand)
        {
            ITypeSymbol? type = (operand is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand : operand).Type;
            return type?.SpecialType == SpecialType.System_Boolean
                || IsNullable(type) && ((INamedTypeSymbol)type!).TypeArguments[0].SpecialType == SpecialType.System_Boolean;
        }

        /// <summary>Whether a pattern is the constant <see langword="true"/> or <see langword="false"/>, or its negation.</summary>
        private static bool IsTrueOrFalse(IPatternOperation pattern) => pattern switch
        {
            INegatedPatternOperation negated => IsTrueOrFalse(negated.Pattern),
            IConstantPatternOperation constant => constant.Value.ConstantValue is { HasValue: true, Value: bool },
            _ => false,
        };

        /// <summary>
        /// The first source in a chain of binary operations, left to right. <c>a + b + c</c> nests to the left, as deep
        /// as it is long, so the left spine is walked in a loop, not by recursion.
        /// </summary>
        private string? BinarySource(IBinaryOperation binary)
        {
            var rights = new Stack<IOperation>();
            IOperation left = binary;
            while (left is IBinaryOperation inner && !IsComparison(inner))
            {
                rights.Push(inner.RightOperand);
                left = inner.LeftOperand;
            }

            if (SourceOf(left) is { } found)
            {
                return found;
            }

            while (rights.Count > 0)
            {
                if (SourceOf(rights.Pop()) is { } right)
                {
                    return right;
                }
            }

            return null;
        }

        /// <summary>
        /// The value a <c>?.</c> tested, that <paramref name="instance"/> stands for in the access after it: the operand of
        /// the nearest conditional access whose <c>WhenNotNull</c> part holds the instance.
        /// </summary>
        internal static IOperation? AccessedBy(IConditionalAccessInstanceOperation instance)
        {
            IOperation child = instance;
            for (IOperation? parent = instance.Parent; parent is not null; child = parent, parent = parent.Parent)
            {
                if (parent is IConditionalAccessOperation access && ReferenceEquals(access.WhenNotNull, child))
                {
                    return access.Operation;
                }
            }

            return null;
        }

        /// <summary>What an object or collection initializer puts into the object.</summary>
        private string? InitializerSource(IObjectOrCollectionInitializerOperation? initializer)
        {
            if (initializer is null)
            {
                return null;
            }

            foreach (IOperation part in initializer.Initializers)
            {
                string? found = part switch
                {
                    IAssignmentOperation assignment => SourceOf(assignment.Value),
                    IInvocationOperation add => FirstOf(add.Arguments),
                    _ => SourceOf(part),
                };
                if (found is not null)
                {
                    return found;
                }
            }

            return null;
        }

        /// <summary>The first source among some values.</summary>
        private string? FirstOf(IEnumerable<IOperation> values)
        {
            foreach (IOperation value in values)
            {
                if (SourceOf(value is IArgumentOperation argument ? argument.Value : value) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        private string? InvocationSource(IInvocationOperation invocation)
        {
            IMethodSymbol method = invocation.TargetMethod;
            if (IsSanitizer(method))
            {
                return null;
            }

            // patient.Diabetic.GetValueOrDefault() is the tagged value (or the default when there is none)
            if (method.Name == "GetValueOrDefault" && invocation.Instance is { } nullable && IsNullable(nullable.Type))
            {
                return SourceOf(nullable);
            }

            INamedTypeSymbol? type = method.ContainingType;
            if (type?.SpecialType == SpecialType.System_String && method.IsStatic && method.Name is "Format" or "Concat" or "Join")
            {
                return FirstOf(invocation.Arguments);
            }

            if (method.Name == "FromResult" && type is { Name: "Task" or "ValueTask" } && LogSinks.InNamespace(type, "System", "Threading", "Tasks"))
            {
                return FirstOf(invocation.Arguments);
            }

            // JsonSerializer.Serialize(customer), JsonConvert.SerializeObject(order): every member written out as text
            if (method.ReturnType.SpecialType == SpecialType.System_String && method.Name is "Serialize" or "SerializeObject" or "ToJson" or "ToXml")
            {
                return FirstOf(invocation.Arguments);
            }

            if (invocation.Instance is { } receiver && method.ReturnType.SpecialType == SpecialType.System_String)
            {
                // ToString() of anything, string methods (Trim, ToUpperInvariant, Substring), StringBuilder.ToString()
                if (method.Name == "ToString" || receiver.Type?.SpecialType == SpecialType.System_String || IsStringBuilder(receiver.Type))
                {
                    return SourceOf(receiver);
                }
            }

            if (method.IsExtensionMethod && method.ReturnType.SpecialType == SpecialType.System_String && invocation.Arguments.Length > 0
                && invocation.Arguments[0].Value.Type?.SpecialType == SpecialType.System_String)
            {
                return SourceOf(invocation.Arguments[0].Value);
            }

            return ObjectSource(invocation);
        }

        /// <summary>A whole object with tagged members, or a collection of them.</summary>
        private string? ObjectSource(IOperation value) =>
            value.Type is { } type && types.TaggedTypeOf(type) is { } tagged ? $"a '{tagged.Name}' with tagged members" : null;

        /// <summary>What was written to a local, parameter or field anywhere in the body.</summary>
        private string? SymbolSource(ISymbol symbol)
        {
            if (symbols.TryGetValue(symbol, out string? known))
            {
                return known;
            }

            symbols[symbol] = null; // a cycle (x = x + ...) adds nothing
            bool outerTruncated = truncated;
            truncated = false;
            string? found = null;
            foreach ((ISymbol target, IOperation value) in Writes())
            {
                if (SymbolEqualityComparer.Default.Equals(target, symbol) && SourceOf(value) is { } source)
                {
                    found = source;
                    break;
                }
            }

            if (found is null && truncated)
            {
                symbols.Remove(symbol); // not known: the search stopped at the depth limit, not at the end of the chain
            }
            else
            {
                symbols[symbol] = found;
            }

            truncated |= outerTruncated;
            return found;
        }

        /// <summary>Every write to a local, parameter or field in the body, collected once.</summary>
        private List<(ISymbol Target, IOperation Value)> Writes()
        {
            if (writes is not null)
            {
                return writes;
            }

            writes = new List<(ISymbol, IOperation)>();
            foreach (IOperation operation in root.Descendants())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when declarator.GetVariableInitializer() is { } initializer:
                        writes.Add((declarator.Symbol, initializer.Value));
                        break;
                    case IAssignmentOperation assignment when Written(assignment.Target) is { } target:
                        writes.Add((target, assignment.Value));
                        break;
                    case IInvocationOperation { Instance: { } builder } append when IsStringBuilder(builder.Type) && Written(builder) is { } target
                        && append.TargetMethod.Name is "Append" or "AppendLine" or "AppendFormat" or "Insert":
                        foreach (IArgumentOperation argument in append.Arguments)
                        {
                            writes.Add((target, argument.Value));
                        }

                        break;
                }
            }

            return writes;

            static ISymbol? Written(IOperation target) => target switch
            {
                ILocalReferenceOperation local => local.Local,
                IParameterReferenceOperation parameter => parameter.Parameter,
                IFieldReferenceOperation field => field.Field,
                // builder.Append("to ").Append(email): the chain writes to the builder it starts from
                IInvocationOperation { Instance: { } inner } chained when IsStringBuilder(chained.Type) => Written(inner),
                _ => null,
            };
        }

        /// <summary>A method whose result carries no personal data whatever it was given.</summary>
        internal static bool IsSanitizer(IMethodSymbol method)
        {
            if (method.Name == "ToRedactedString")
            {
                return true; // the generated redacted view
            }

            for (INamedTypeSymbol? type = method.ContainingType; type is not null; type = type.BaseType)
            {
                if (type.Name == "Redactor" && (LogSinks.InNamespace(type, "Pii", "Redaction") || LogSinks.InNamespace(type, "Microsoft", "Extensions", "Compliance", "Redaction")))
                {
                    return true;
                }
            }

            foreach (AttributeData attribute in method.GetAttributes())
            {
                if (WellKnownTypes.IsPiiAttribute(attribute.AttributeClass, "RedactsPersonalDataAttribute"))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsStringBuilder(ITypeSymbol? type) =>
            type is INamedTypeSymbol { Name: "StringBuilder" } builder && LogSinks.InNamespace(builder, "System", "Text");

        /// <summary>How a member is named in messages: <c>'Customer.Email'</c>.</summary>
        internal static string Describe(ISymbol member) => $"'{member.ContainingType?.Name}.{member.Name}'";
    }

    /// <summary>One <see cref="Taint"/> per method body, and the tagged-type cache they share, for a compilation.</summary>
    internal sealed class TaintCache
    {
        private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IOperation, Taint> bodies = new();
        private readonly TaggedTypes types = new();

        /// <summary>The taint of the body that holds <paramref name="operation"/>.</summary>
        public Taint For(IOperation operation)
        {
            IOperation root = operation;
            while (root.Parent is { } parent)
            {
                root = parent;
            }

            return bodies.GetValue(root, body => new Taint(body, types));
        }
    }

    /// <summary>Which types have tagged members, cached for the compilation.</summary>
    internal sealed class TaggedTypes
    {
        private readonly ConcurrentDictionary<ITypeSymbol, bool> tagged = new(SymbolEqualityComparer.Default);

        /// <summary>The type with tagged members that <paramref name="type"/> is or holds as elements, or <see langword="null"/>.</summary>
        public INamedTypeSymbol? TaggedTypeOf(ITypeSymbol type)
        {
            if (type.SpecialType != SpecialType.None || type.TypeKind is TypeKind.Enum or TypeKind.TypeParameter or TypeKind.Error)
            {
                return null;
            }

            ITypeSymbol element = TypeIndex.ElementOf(type);
            return element is INamedTypeSymbol named && tagged.GetOrAdd(named.OriginalDefinition, HasTaggedMembers) ? named : null;
        }

        private static bool HasTaggedMembers(ITypeSymbol type) => HasTaggedMembers(type, depth: 0);

        /// <summary>
        /// Whether the type has tagged members, itself or through the project types it holds (an order's shipping address),
        /// two levels deep.
        /// </summary>
        private static bool HasTaggedMembers(ITypeSymbol type, int depth)
        {
            if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || type.SpecialType != SpecialType.None || !MayBeTagged(type))
            {
                return false;
            }

            for (ITypeSymbol? t = type; t is not null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
            {
                foreach (ISymbol member in t.GetMembers())
                {
                    if (member is not (IPropertySymbol or IFieldSymbol) || member.IsStatic || member.IsImplicitlyDeclared)
                    {
                        continue;
                    }

                    if (TagReader.IsTagged(member))
                    {
                        return true;
                    }

                    if (depth < 2 && MemberShape.TypeOf(member) is { } memberType
                        && TypeIndex.ElementOf(memberType) is INamedTypeSymbol held && !SymbolEqualityComparer.Default.Equals(held, type)
                        && HasTaggedMembers(held, depth + 1))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Only the project's types and those of assemblies that use Pii can carry tags.</summary>
        private static bool MayBeTagged(ITypeSymbol type) =>
            type.Locations.Length > 0 && type.Locations[0].IsInSource || WellKnownTypes.ReferencesPii(type.ContainingAssembly);
    }
}
