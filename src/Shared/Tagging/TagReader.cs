using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Pii.Tagging
{
    /// <summary>
    /// Reads Pii's tags from symbols. This one reader is compiled into both the generator and the analyzers,
    /// so a member the generator exports is a member the analyzers consider tagged.
    /// </summary>
    internal static class TagReader
    {
        /// <summary>Tells whether a member carries any <c>[PersonalData]</c> or <c>[SensitivePersonalData]</c> tag, valid or not.</summary>
        public static bool IsTagged(ISymbol member)
        {
            foreach (AttributeData attribute in member.GetAttributes())
            {
                if (IsPersonalDataTag(attribute.AttributeClass))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Tells whether a member carries <c>[NotPersonalData]</c>.</summary>
        public static bool IsNotPersonalData(ISymbol member)
        {
            foreach (AttributeData attribute in member.GetAttributes())
            {
                if (WellKnownTypes.IsPiiAttribute(attribute.AttributeClass, "NotPersonalDataAttribute"))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Tells whether a type is a <c>[DataSubject]</c>, and returns the attribute.</summary>
        public static AttributeData? FindDataSubject(INamedTypeSymbol type)
        {
            foreach (AttributeData attribute in type.GetAttributes())
            {
                if (WellKnownTypes.IsPiiAttribute(attribute.AttributeClass, "DataSubjectAttribute"))
                {
                    return attribute;
                }
            }

            return null;
        }

        /// <summary>Reads a member's tags. Tags whose purpose cannot be read at all are left out.</summary>
        public static ImmutableArray<MemberTag> ReadTags(ISymbol member, ImmutableArray<PurposeDeclaration> purposes)
        {
            ImmutableArray<MemberTag>.Builder? tags = null;
            foreach (AttributeData attribute in member.GetAttributes())
            {
                if (IsPersonalDataTag(attribute.AttributeClass) && TryRead(attribute, purposes) is { } tag)
                {
                    (tags ??= ImmutableArray.CreateBuilder<MemberTag>()).Add(tag);
                }
            }

            return tags?.ToImmutable() ?? ImmutableArray<MemberTag>.Empty;
        }

        /// <summary>Reads one tag; <see langword="null"/> when the attribute is too broken to name a purpose.</summary>
        public static MemberTag? TryRead(AttributeData attribute, ImmutableArray<PurposeDeclaration> purposes)
        {
            bool sensitive = WellKnownTypes.IsPiiAttribute(attribute.AttributeClass, "SensitivePersonalDataAttribute");
            ImmutableArray<TypedConstant> args = attribute.ConstructorArguments;
            if (args.IsDefaultOrEmpty || args[0].Kind == TypedConstantKind.Error || args[0].Scalar() is not string purpose)
            {
                return null;
            }

            string? retention = null;
            LegalBasis basis = LegalBasis.Unspecified;
            SpecialCategory? special = null;
            SpecialCategoryCondition? condition = null;
            bool longForm;
            switch (sensitive, args.Length)
            {
                case (false, 1):
                    longForm = false;
                    break;
                case (false, 3):
                    longForm = true;
                    retention = args[1].Scalar() as string;
                    basis = AsEnum<LegalBasis>(args[2]);
                    break;
                case (true, 3):
                    longForm = false;
                    special = AsNullableEnum<SpecialCategory>(args[1]);
                    condition = AsNullableEnum<SpecialCategoryCondition>(args[2]);
                    break;
                case (true, 5):
                    longForm = true;
                    retention = args[1].Scalar() as string;
                    basis = AsEnum<LegalBasis>(args[2]);
                    special = AsNullableEnum<SpecialCategory>(args[3]);
                    condition = AsNullableEnum<SpecialCategoryCondition>(args[4]);
                    break;
                default:
                    return null;
            }

            string? trigger = null, startsAt = null, description = null;
            DataCategory category = DataCategory.Unspecified;
            ErasureStrategy erasure = ErasureStrategy.Default;
            RedactionKind redaction = RedactionKind.Default;
            Protection protection = Protection.None;
            bool blindIndex = false;
            foreach (var named in attribute.NamedArguments)
            {
                TypedConstant value = named.Value;
                if (value.Kind == TypedConstantKind.Error)
                {
                    continue;
                }

                switch (named.Key)
                {
                    case "Category": category = AsEnum<DataCategory>(value); break;
                    case "Erasure": erasure = AsEnum<ErasureStrategy>(value); break;
                    case "Redaction": redaction = AsEnum<RedactionKind>(value); break;
                    case "Protection": protection = AsEnum<Protection>(value); break;
                    case "BlindIndex": blindIndex = value.Scalar() is true; break;
                    case "Description": description = value.Scalar() as string; break;
                    case "RetentionTrigger": trigger = value.Scalar() as string; break;
                    case "RetentionStartsAt": startsAt = value.Scalar() as string; break;
                }
            }

            string? problem = null;
            if (purpose.Trim().Length == 0)
            {
                problem = "the purpose is empty";
            }
            else if (!longForm)
            {
                if (PurposeDeclaration.Find(purposes, purpose) is { } declared)
                {
                    basis = declared.LegalBasis;
                    retention = declared.Retention;
                    trigger ??= declared.RetentionTrigger;
                    description ??= declared.Description;
                    if (declared.Problem is not null)
                    {
                        // The declaration is reported where it is written, not on every tag that uses it.
                        return new MemberTag(purpose, basis, retention, trigger, startsAt, category, erasure, redaction, protection, blindIndex, description, special, condition, sensitive, null);
                    }
                }
                else
                {
                    problem = $"purpose '{purpose}' is not declared: add [assembly: ProcessingPurpose(\"{purpose}\", LegalBasis.…, Retention = \"P…\")] or use the long form";
                }
            }

            if (problem is null && basis == LegalBasis.Unspecified)
            {
                problem = $"purpose '{purpose}' has no legal basis: give one of the Art. 6(1) bases";
            }

            if (problem is null && !IsoDuration.TryParse(retention, out _, out string? retentionError))
            {
                problem = retentionError;
            }

            if (problem is null && longForm && PurposeDeclaration.Find(purposes, purpose) is { } sameName && sameName.LegalBasis != basis)
            {
                problem = $"purpose '{purpose}' is declared on {sameName.LegalBasis}, but this tag says {basis}: one purpose has one legal basis; use the short form [PersonalData(\"{purpose}\")] or another purpose name";
            }

            if (problem is null && longForm && PurposeDeclaration.Find(purposes, purpose) is null && description is null && PurposeDeclaration.NeedsDescription(basis))
            {
                problem = $"purpose '{purpose}' is processed on {basis} and needs a description ({PurposeDeclaration.DescriptionHint(basis)}): add Description = \"...\" or declare the purpose with [assembly: ProcessingPurpose]";
            }

            return new MemberTag(purpose, basis, retention, trigger, startsAt, category, erasure, redaction, protection, blindIndex, description, special, condition, sensitive, problem);
        }

        /// <summary>Whether the attribute is <c>[PersonalData]</c> or <c>[SensitivePersonalData]</c>.</summary>
        public static bool IsPersonalDataTag(INamedTypeSymbol? attributeClass) =>
            WellKnownTypes.IsPiiAttribute(attributeClass, "PersonalDataAttribute")
            || WellKnownTypes.IsPiiAttribute(attributeClass, "SensitivePersonalDataAttribute");

        private static T AsEnum<T>(TypedConstant constant)
            where T : struct, Enum =>
            constant.Kind == TypedConstantKind.Enum && constant.Value is int value && Enum.IsDefined(typeof(T), value) ? (T)(object)value : default;

        private static T? AsNullableEnum<T>(TypedConstant constant)
            where T : struct, Enum =>
            constant.Kind == TypedConstantKind.Enum && constant.Value is int value && Enum.IsDefined(typeof(T), value) ? (T)(object)value : null;
    }
}
