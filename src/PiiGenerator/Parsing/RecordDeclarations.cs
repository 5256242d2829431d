using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Pii.Generator.Model;
using Pii.Tagging;

namespace Pii.Generator.Parsing
{
    /// <summary>A value and where it was declared.</summary>
    internal sealed record Located<T>(T Value, LocationInfo? Location)
        where T : IEquatable<T>;

    /// <summary>
    /// The assembly-level declarations of the record of processing: controller, officer, recipients, transfers, security
    /// measures and purposes, with where each stands. Read from the assembly's attributes on every compilation (cheap:
    /// a handful of attributes), compared by value so that the record is rebuilt only when they change.
    /// </summary>
    internal sealed record RecordDeclarations(
        ControllerSpec? Controller,
        LocationInfo? ControllerLocation,
        ContactSpec? Officer,
        EquatableArray<Located<RecipientSpec>> Recipients,
        EquatableArray<Located<TransferSpec>> Transfers,
        EquatableArray<string> SecurityMeasures,
        EquatableArray<Located<PurposeDeclaration>> Purposes)
    {
        /// <summary>The declarations, or <see langword="null"/> when the referenced Pii runtime has no record types (an older version).</summary>
        public static RecordDeclarations? Read(Compilation compilation)
        {
            if (compilation.GetTypeByMetadataName("Pii.Records.ProcessingRecord") is null)
            {
                return null;
            }

            ControllerSpec? controller = null;
            LocationInfo? controllerLocation = null;
            ContactSpec? officer = null;
            var recipients = new List<Located<RecipientSpec>>();
            var transfers = new List<Located<TransferSpec>>();
            var measures = new List<string>();
            var purposes = new List<Located<PurposeDeclaration>>();
            foreach (AttributeData attribute in compilation.Assembly.GetAttributes())
            {
                if (attribute.AttributeClass is not { } type || !WellKnownTypes.IsPiiAttribute(type, type.Name))
                {
                    continue;
                }

                LocationInfo? location = LocationInfo.From(attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation());
                ImmutableArray<TypedConstant> arguments = attribute.ConstructorArguments;
                switch (type.Name)
                {
                    case "ProcessingPurposeAttribute" when PurposeDeclaration.Read(attribute) is { } purpose:
                        purposes.Add(new Located<PurposeDeclaration>(purpose, location));
                        break;
                    case "DataControllerAttribute" when Text(arguments, 0) is { } name:
                        controller = new ControllerSpec(name, Named(attribute, "Contact"), Named(attribute, "Address"), Named(attribute, "Representative"));
                        controllerLocation = location;
                        break;
                    case "DataProtectionOfficerAttribute" when Text(arguments, 0) is { } name:
                        officer = new ContactSpec(name, Named(attribute, "Contact"));
                        break;
                    case "DataRecipientAttribute" when Text(arguments, 0) is { } name && arguments.Length == 2 && arguments[1].Scalar() is int role:
                        recipients.Add(new Located<RecipientSpec>(
                            new RecipientSpec(
                                name,
                                Enum.IsDefined(typeof(RecipientRole), role) ? (RecipientRole)role : RecipientRole.Unspecified,
                                Named(attribute, "Country"),
                                NamedList(attribute, "Purposes"),
                                Named(attribute, "Description")),
                            location));
                        break;
                    case "ThirdCountryTransferAttribute" when Text(arguments, 0) is { } to && Text(arguments, 1) is { } country && arguments.Length == 3 && arguments[2].Scalar() is int safeguard:
                        transfers.Add(new Located<TransferSpec>(
                            new TransferSpec(to, country, Enum.IsDefined(typeof(TransferSafeguard), safeguard) ? (TransferSafeguard)safeguard : TransferSafeguard.Unspecified, Named(attribute, "Details")),
                            location));
                        break;
                    case "SecurityMeasureAttribute" when Text(arguments, 0) is { } measure:
                        measures.Add(measure);
                        break;
                }
            }

            return new RecordDeclarations(
                controller,
                controllerLocation,
                officer,
                recipients.ToEquatableArray(),
                transfers.ToEquatableArray(),
                measures.ToEquatableArray(),
                purposes.ToEquatableArray());
        }

        /// <summary>Gets whether anything is declared at all.</summary>
        public bool IsEmpty => Controller is null && Purposes.IsEmpty;

        /// <summary>The purpose declarations, as the tag rules take them.</summary>
        public ImmutableArray<PurposeDeclaration> PurposeDeclarations => Purposes.Select(p => p.Value).ToImmutableArray();

        /// <summary>The declaration of a purpose, or <see langword="null"/>.</summary>
        public Located<PurposeDeclaration>? Purpose(string name) => Purposes.FirstOrDefault(p => p.Value.Name == name);

        private static string? Text(ImmutableArray<TypedConstant> arguments, int index) =>
            arguments.Length > index && arguments[index].Scalar() is string text && text.Trim().Length > 0 ? text.Trim() : null;

        private static string? Named(AttributeData attribute, string name)
        {
            foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
            {
                if (argument.Key == name && argument.Value.Kind == TypedConstantKind.Primitive && argument.Value.Value is string text && text.Trim().Length > 0)
                {
                    return text.Trim();
                }
            }

            return null;
        }

        private static EquatableArray<string> NamedList(AttributeData attribute, string name)
        {
            foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
            {
                if (argument.Key == name && argument.Value.Kind == TypedConstantKind.Array && !argument.Value.IsNull)
                {
                    return argument.Value.Values.Select(v => v.Scalar() as string).OfType<string>().Distinct().OrderBy(p => p, StringComparer.Ordinal).ToEquatableArray();
                }
            }

            return EquatableArray<string>.Empty;
        }
    }
}
