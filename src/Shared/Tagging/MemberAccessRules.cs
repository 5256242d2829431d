using Microsoft.CodeAnalysis;

namespace Pii.Tagging
{
    /// <summary>
    /// How generated code can reach a member: plainly when it is accessible from the assembly, through
    /// <c>[UnsafeAccessor]</c> when it is not (or is init-only or read-only) and the target framework has it,
    /// or not at all. Shared by the generator, which emits the access, and PII006, which reports the "not at all".
    /// </summary>
    internal sealed class MemberAccessRules
    {
        private readonly Compilation _compilation;

        public MemberAccessRules(Compilation compilation)
        {
            _compilation = compilation;
            UnsafeAccessorsAvailable = compilation.GetTypeByMetadataName(WellKnownTypes.UnsafeAccessorAttribute) is { } accessor
                && compilation.IsSymbolAccessibleWithin(accessor, compilation.Assembly);
        }

        /// <summary>Gets whether the target framework has <c>[UnsafeAccessor]</c> (.NET 8 and later).</summary>
        public bool UnsafeAccessorsAvailable { get; }

        public AccessKind Read(ISymbol member)
        {
            ISymbol? accessor = member is IPropertySymbol property ? property.GetMethod : member;
            if (accessor is null)
            {
                // An override that redeclares only the setter: value.Name binds to the getter it overrides.
                return member is IPropertySymbol setterOnly && Inherited(setterOnly, static p => p.GetMethod) is { } inherited
                    && _compilation.IsSymbolAccessibleWithin(inherited, _compilation.Assembly)
                        ? AccessKind.Direct
                        : AccessKind.None;
            }

            if (_compilation.IsSymbolAccessibleWithin(accessor, _compilation.Assembly))
            {
                return AccessKind.Direct;
            }

            return CanUseUnsafeAccessor(member) ? AccessKind.UnsafeAccessor : AccessKind.None;
        }

        public AccessKind Write(ISymbol member)
        {
            switch (member)
            {
                case IPropertySymbol property:
                    if (property.SetMethod is not { } setter)
                    {
                        // An override that redeclares only the getter: value.Name = x binds to the setter it overrides.
                        return Inherited(property, static p => p.SetMethod) is { IsInitOnly: false } inherited && _compilation.IsSymbolAccessibleWithin(inherited, _compilation.Assembly)
                            ? AccessKind.Direct
                            : AccessKind.None;
                    }

                    if (!setter.IsInitOnly && _compilation.IsSymbolAccessibleWithin(setter, _compilation.Assembly))
                    {
                        return AccessKind.Direct;
                    }

                    break;
                case IFieldSymbol field:
                    if (!field.IsReadOnly && _compilation.IsSymbolAccessibleWithin(field, _compilation.Assembly))
                    {
                        return AccessKind.Direct;
                    }

                    break;
                default:
                    return AccessKind.None;
            }

            return CanUseUnsafeAccessor(member) ? AccessKind.UnsafeAccessor : AccessKind.None;
        }

        /// <summary>The accessor of the nearest property that <paramref name="property"/> overrides and that declares one.</summary>
        private static IMethodSymbol? Inherited(IPropertySymbol property, System.Func<IPropertySymbol, IMethodSymbol?> accessor)
        {
            for (IPropertySymbol? overridden = property.OverriddenProperty; overridden is not null; overridden = overridden.OverriddenProperty)
            {
                if (accessor(overridden) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        /// <summary>[UnsafeAccessor] needs .NET 8; for generic declaring types it needs .NET 9's generic accessors, which Pii does not use.</summary>
        private bool CanUseUnsafeAccessor(ISymbol member)
        {
            if (!UnsafeAccessorsAvailable)
            {
                return false;
            }

            for (INamedTypeSymbol? type = member.ContainingType; type is not null; type = type.ContainingType)
            {
                if (type.IsGenericType)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
