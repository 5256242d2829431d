using System.Linq;
using Microsoft.CodeAnalysis;

namespace Pii.Tagging
{
    /// <summary>
    /// The type of a tagged member as the rules see it: its value kind, whether it can hold null, and whether
    /// each erasure strategy can be applied to it. Shared by the generator and by PII006.
    /// </summary>
    internal readonly struct MemberShape
    {
        private MemberShape(ValueKind kind, bool canBeNull, CollectionShape collection, ITypeSymbol type, ITypeSymbol valueType)
        {
            Kind = kind;
            CanBeNull = canBeNull;
            Collection = collection;
            Type = type;
            ValueType = valueType;
        }

        public ValueKind Kind { get; }

        /// <summary>Gets whether null is a valid value: a nullable value type, or a reference type annotated or oblivious.</summary>
        public bool CanBeNull { get; }

        public CollectionShape Collection { get; }

        public ITypeSymbol Type { get; }

        /// <summary>Gets the type with <c>Nullable&lt;T&gt;</c> removed.</summary>
        public ITypeSymbol ValueType { get; }

        public static ITypeSymbol? TypeOf(ISymbol member) => member switch
        {
            IPropertySymbol property => property.Type,
            IFieldSymbol field => field.Type,
            _ => null,
        };

        public static MemberShape Of(ITypeSymbol type)
        {
            ITypeSymbol valueType = type;
            bool canBeNull;
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                valueType = nullable.TypeArguments[0];
                canBeNull = true;
            }
            else
            {
                canBeNull = type.IsReferenceType && type.NullableAnnotation != NullableAnnotation.NotAnnotated;
            }

            CollectionShape collection = CollectionShape.None;
            ValueKind kind = Classify(valueType, ref collection);
            return new MemberShape(kind, canBeNull, collection, type, valueType);
        }

        /// <summary>Tells whether a strategy can be applied, and if not, why (for PII006).</summary>
        public bool Supports(ErasureStrategy strategy, out string? reason)
        {
            reason = null;
            switch (strategy)
            {
                case ErasureStrategy.Pseudonymize:
                    if (Kind != ValueKind.String)
                    {
                        reason = $"Pseudonymize replaces text with a keyed hash, and {Type.ToDisplayString()} is not a string";
                        return false;
                    }

                    return true;
                case ErasureStrategy.Clear:
                    if (!CanBeNull && Type.IsValueType)
                    {
                        reason = $"a non-nullable {Type.ToDisplayString()} has no empty value; make it nullable so it can be cleared, or use Anonymize to write a fixed value ({AnonymousValueText})";
                        return false;
                    }

                    goto case ErasureStrategy.DeleteRecord;
                case ErasureStrategy.Default:
                case ErasureStrategy.DeleteRecord:
                    if (!CanBeNull && Kind == ValueKind.StringCollection && Collection == CollectionShape.Enumerable)
                    {
                        reason = $"Pii knows no empty {Type.ToDisplayString()} to clear it to; make it nullable, or hold the text in a List<string>, a HashSet<string> or an array";
                        return false;
                    }

                    if (!CanBeNull && Kind == ValueKind.Other && Type.IsReferenceType)
                    {
                        reason = $"{Type.ToDisplayString()} is a non-nullable reference type with no known empty value; make it nullable or use DeleteRecord or Retain";
                        return false;
                    }

                    return true;
                case ErasureStrategy.Anonymize:
                    if (Kind == ValueKind.StringCollection && Collection == CollectionShape.Enumerable)
                    {
                        reason = $"Pii knows no empty {Type.ToDisplayString()} to write; use Clear (on a nullable member), DeleteRecord or Retain";
                        return false;
                    }

                    if (Kind == ValueKind.Other)
                    {
                        reason = $"Pii has no anonymous replacement for {Type.ToDisplayString()}; use Clear, DeleteRecord or Retain";
                        return false;
                    }

                    return true;
                default:
                    return true;
            }
        }

        private string AnonymousValueText => Kind switch
        {
            ValueKind.DateTime or ValueKind.DateTimeOffset or ValueKind.DateOnly => "1900-01-01",
            ValueKind.Number => "0",
            ValueKind.Boolean => "false",
            ValueKind.Guid => "Guid.Empty",
            _ => "its default",
        };

        private static ValueKind Classify(ITypeSymbol type, ref CollectionShape collection)
        {
            switch (type.SpecialType)
            {
                case SpecialType.System_String: return ValueKind.String;
                case SpecialType.System_Boolean: return ValueKind.Boolean;
                case SpecialType.System_Char: return ValueKind.Char;
                case SpecialType.System_DateTime: return ValueKind.DateTime;
                case SpecialType.System_Byte:
                case SpecialType.System_SByte:
                case SpecialType.System_Int16:
                case SpecialType.System_UInt16:
                case SpecialType.System_Int32:
                case SpecialType.System_UInt32:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt64:
                case SpecialType.System_Single:
                case SpecialType.System_Double:
                case SpecialType.System_Decimal:
                    return ValueKind.Number;
            }

            if (type.TypeKind == TypeKind.Enum)
            {
                return ValueKind.Enum;
            }

            if (type is IArrayTypeSymbol array)
            {
                if (array.ElementType.SpecialType == SpecialType.System_Byte)
                {
                    return ValueKind.ByteArray;
                }

                if (array.ElementType.SpecialType == SpecialType.System_String && array.Rank == 1)
                {
                    collection = CollectionShape.Array;
                    return ValueKind.StringCollection;
                }

                return ValueKind.Other;
            }

            if (type is INamedTypeSymbol named)
            {
                string ns = named.ContainingNamespace?.ToDisplayString() ?? string.Empty;
                if (ns == "System")
                {
                    switch (named.Name)
                    {
                        case "DateTimeOffset": return ValueKind.DateTimeOffset;
                        case "DateOnly": return ValueKind.DateOnly;
                        case "TimeOnly": return ValueKind.TimeOnly;
                        case "Guid": return ValueKind.Guid;
                    }
                }

                if (ns == "System.Net" && named.Name == "IPAddress")
                {
                    return ValueKind.IpAddress;
                }

                if (named.IsGenericType && named.TypeArguments.Length == 1 && named.TypeArguments[0].SpecialType == SpecialType.System_String)
                {
                    collection = (ns, named.Name) switch
                    {
                        ("System.Collections.Generic", "List") => CollectionShape.List,
                        ("System.Collections.Generic", "HashSet") => CollectionShape.HashSet,
                        ("System.Collections.Generic", "IEnumerable") => CollectionShape.ReadOnlyInterface,
                        ("System.Collections.Generic", "IReadOnlyList") => CollectionShape.ReadOnlyInterface,
                        ("System.Collections.Generic", "IReadOnlyCollection") => CollectionShape.ReadOnlyInterface,
                        ("System.Collections.Generic", "IList") => CollectionShape.ListInterface,
                        ("System.Collections.Generic", "ICollection") => CollectionShape.ListInterface,
                        ("System.Collections.Generic", "ISet") => CollectionShape.SetInterface,
                        ("System.Collections.Generic", "IReadOnlySet") => CollectionShape.SetInterface,
                        ("System.Collections.Immutable", "ImmutableArray") => CollectionShape.ImmutableArray,
                        _ => CollectionShape.None,
                    };
                    if (collection != CollectionShape.None)
                    {
                        return ValueKind.StringCollection;
                    }
                }

                // Any other reference type of text items (ImmutableList<string>, SortedSet<string>, a Collection<string> of the
                // project's): before, it was exported as its type's name. A struct is not one (ImmutableArray<string> is
                // known above: its default value cannot be enumerated).
                if (named.IsReferenceType && named.SpecialType != SpecialType.System_String && IsEnumerableOfText(named))
                {
                    collection = ns == "System.Collections.Immutable" && named.TypeKind == TypeKind.Class && named.ContainingType is null && HasStaticEmpty(named) ? CollectionShape.Immutable
                        : named.TypeKind == TypeKind.Class && !named.IsAbstract && !HasRequiredMembers(named)
                            && named.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility == Accessibility.Public) ? CollectionShape.Constructible
                        : CollectionShape.Enumerable;
                    return ValueKind.StringCollection;
                }
            }

            return ValueKind.Other;
        }

        /// <summary>Whether the type has a public static <c>Empty</c> of its own type (<c>ImmutableList&lt;string&gt;.Empty</c>; not a builder).</summary>
        private static bool HasStaticEmpty(INamedTypeSymbol type) =>
            type.GetMembers("Empty").Any(m => m is IFieldSymbol { IsStatic: true, DeclaredAccessibility: Accessibility.Public } or IPropertySymbol { IsStatic: true, DeclaredAccessibility: Accessibility.Public });

        /// <summary>Whether the type or a base declares a <c>required</c> member, which <c>new T()</c> would have to set.</summary>
        private static bool HasRequiredMembers(INamedTypeSymbol type)
        {
            for (INamedTypeSymbol? level = type; level is not null; level = level.BaseType)
            {
                if (level.GetMembers().Any(m => m is IPropertySymbol { IsRequired: true } or IFieldSymbol { IsRequired: true }))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the type is or implements <c>IEnumerable&lt;string&gt;</c>.</summary>
        private static bool IsEnumerableOfText(INamedTypeSymbol type)
        {
            foreach (INamedTypeSymbol candidate in type.AllInterfaces.Add(type))
            {
                if (candidate is { Name: "IEnumerable", TypeArguments.Length: 1 } && candidate.TypeArguments[0].SpecialType == SpecialType.System_String
                    && candidate.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic")
                {
                    return true;
                }
            }

            return false;
        }
    }
}
