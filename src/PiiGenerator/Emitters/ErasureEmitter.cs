using System;
using System.Linq;
using Pii.Generator.Model;
using Pii.Tagging;

namespace Pii.Generator.Emitters
{
    /// <summary>
    /// Writes the erasure: one method per member that asks the request whether the member is erased, held or
    /// kept, applies the member's strategy, records the outcome and registers how to undo the change, so that a
    /// failure anywhere rolls the whole object back.
    /// </summary>
    internal static class ErasureEmitter
    {
        private const string Outcome = "global::Pii.Erasure.ErasureOutcome";
        private const string Context = "global::Pii.Erasure.ErasureContext";

        public static void Write(SourceWriter writer, TypeSpec type, string signatureSuffix)
        {
            writer.Line("/// <summary>");
            writer.Line("/// Erases the personal data of <paramref name=\"value\"/> as <paramref name=\"request\"/> asks: each member by its");
            writer.Line("/// strategy, except what a purpose outside the request still needs and what a legal obligation holds");
            writer.Line("/// (Art. 17(3)(b) GDPR). All or nothing: if any member fails, every change is rolled back.");
            writer.Line("/// </summary>");
            writer.Line("/// <param name=\"value\">The object to erase.</param>");
            writer.Line("/// <param name=\"request\">What to erase, when it was asked, and the pseudonymization key if needed.</param>");
            writer.Line("/// <returns>What was erased, held and kept, without personal data.</returns>");
            writer.Line("/// <exception cref=\"global::Pii.Erasure.ErasureFailedException\">A member could not be erased; nothing was changed.</exception>");
            writer.OpenBlock($"public static global::Pii.Erasure.ErasureResult ErasePersonalData{type.TypeParameters}(this {type.FullName} value, global::Pii.Erasure.ErasureRequest request){signatureSuffix}");
            writer.Line("if (value is null) throw new global::System.ArgumentNullException(nameof(value));");
            writer.Line("if (request is null) throw new global::System.ArgumentNullException(nameof(request));");
            writer.Line($"var context = new {Context}(request, {Literals.CSharp(type.Name)});");
            writer.OpenBlock("try");
            writer.Line("ErasePersonalDataMembers(value, context, string.Empty);");
            writer.CloseBlock();
            writer.OpenBlock("catch (global::System.Exception exception)");
            writer.Line("throw context.Fail(exception);");
            writer.CloseBlock();
            writer.Line();
            writer.Line("return context.Complete();");
            writer.CloseBlock();
            writer.Line();

            writer.Line("/// <summary>Erases the members of <paramref name=\"value\"/> within an erasure in progress. For generated code, here and in");
            writer.Line("/// the projects that reference this one: an object held by another is erased within its holder's erasure.</summary>");
            writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            writer.OpenBlock($"public static void ErasePersonalDataMembers{type.TypeParameters}({type.FullName} value, {Context} context, string path){signatureSuffix}");
            bool first = true;

            // Every retention date is read before any member is erased: a date that is itself personal data may be erased too.
            foreach (string date in type.Members.Where(m => !m.IsOwned).Select(m => m.RetentionStartMember).OfType<string>().Distinct())
            {
                writer.Line($"global::System.DateTimeOffset {StartLocal(date)} = global::Pii.Erasure.RetentionStart.Of(value.{Literals.Identifier(date)});");
                first = false;
            }

            foreach (MemberSpec member in type.Members)
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                if (member.IsOwned)
                {
                    writer.Line(member.Collection == CollectionShape.None
                        ? $"// {member.Name}: owned; its tagged members are erased in place"
                        : $"// {member.Name}: owned objects; the tagged members of each are erased in place, by the element's index");
                    if (member.Read != AccessKind.None && member.Collection != CollectionShape.None)
                    {
                        string local = ExportEmitter.Local(member);
                        writer.OpenBlock($"if ({MemberAccess.Read(member, "value")} is {{ }} {local})");
                        writer.Line("int index = 0;");
                        writer.OpenBlock($"foreach ({member.ElementType}? item in {local})");
                        writer.OpenBlock("if (item is { })"); // C# 8: no "is not"
                        writer.Line($"{member.OwnedClass}.ErasePersonalDataMembers(item, context, path + {Literals.CSharp(member.Name + "[")} + index.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \"].\");");
                        writer.CloseBlock();
                        writer.Line();
                        writer.Line("index++;");
                        writer.CloseBlock();
                        writer.CloseBlock();
                    }
                    else if (member.Read != AccessKind.None)
                    {
                        string local = ExportEmitter.Local(member);
                        writer.OpenBlock($"if ({MemberAccess.Read(member, "value")} is {{ }} {local})");
                        writer.Line($"{member.OwnedClass}.ErasePersonalDataMembers({local}, context, path + {Literals.CSharp(member.Name + ".")});");
                        writer.CloseBlock();
                    }

                    continue;
                }

                WriteMember(writer, type, member);
            }

            writer.CloseBlock();
        }

        private static void WriteMember(SourceWriter writer, TypeSpec type, MemberSpec member)
        {
            string strategy = $"global::Pii.ErasureStrategy.{member.Erasure}";
            string path = $"path + {Literals.CSharp(member.Name)}";
            string purposes = $"{member.Name}Purposes";
            string start = member.RetentionStartMember is { } startMember ? $", {StartLocal(startMember)}" : string.Empty;
            string get = $"v => {MemberAccess.Read(member, "v")}";
            if (member.Collection == CollectionShape.ImmutableArray && member.IsNullableValueType)
            {
                // A nullable ImmutableArray can hold a default array, which throws when counted: it holds nothing, as null does.
                get = $"v => {MemberAccess.Read(member, "v")} is {{ IsDefault: false }} ? {MemberAccess.Read(member, "v")} : null";
            }

            // A member typed by one of the class's type parameters is erased to that type's default, which is null for a
            // reference type: the value is written with '!', as the compiler cannot tell it from the declared T (a T declared
            // where nullable annotations are off, or a non-nullable T of an unconstrained parameter).
            bool typeParameter = IsTypeParameter(type, member);
            string set = $"(v, x) => {MemberAccess.Assign(member, "v", typeParameter ? "x!" : "x")}";

            if (member.Erasure == ErasureStrategy.Retain && member.Write != AccessKind.None && member.Read != AccessKind.None
                && (member.CanBeNull || member.Kind != ValueKind.Other) && EmptyValue(member) is not null)
            {
                // A request holds it; a retention purge (the store's, on owned objects) clears it once its retention has ended.
                writer.Line($"// {member.Name}: {ExportEmitter.Describe(member)}; kept under a legal hold (Retain), cleared when a purge finds it expired");
                writer.Line($"context.Erase<{type.FullName}, {member.Type}>(value, {path}, {purposes}, {strategy}, {get}, {set}, {EmptyValue(member)}{start});");
            }
            else if (member.Erasure == ErasureStrategy.Retain)
            {
                // A request holds it; a purge that finds it expired reports why it cannot clear it.
                string why = member.Write == AccessKind.None ? "the member has no setter that generated code can call (PII006)"
                    : member.Read == AccessKind.None ? "the member has no getter that generated code can call"
                    : $"a non-nullable {member.Type} has no empty value to clear it to; make it nullable";
                writer.Line($"// {member.Name}: {ExportEmitter.Describe(member)}; kept under a legal hold (Retain); a purge cannot clear it");
                writer.Line($"context.RecordNotErasable({path}, context.Decide({purposes}, {strategy}{start}), {strategy}, {purposes}, {Literals.CSharp(why)});");
            }
            else if (member.Read == AccessKind.None)
            {
                // Erasure reads the value first (whether there is one, what to hold): a member it cannot read is not erased.
                writer.Line($"// {member.Name}: {ExportEmitter.Describe(member)}; generated code cannot read it, so it is not erased");
                writer.Line($"context.RecordNotErasable({path}, context.Decide({purposes}, {strategy}{start}), {strategy}, {purposes}, \"the member has no getter that generated code can call\");");
            }
            else if (!member.ErasureSupported)
            {
                writer.Line($"// {member.Name}: {ExportEmitter.Describe(member)}; {member.Erasure} cannot be applied without reflection (PII006)");
                writer.Line($"context.RecordNotErasable({path}, context.Decide({purposes}, {strategy}{start}), {strategy}, {purposes});");
            }
            else if (member.Erasure == ErasureStrategy.Pseudonymize)
            {
                writer.Line($"// {member.Name}: {ExportEmitter.Describe(member)}; erased by Pseudonymize");
                writer.Line($"context.Pseudonymize<{type.FullName}>(value, {path}, {purposes}, {get}, {set}{start});");
            }
            else
            {
                // Never null here: a strategy whose value the type has none of is not supported (PII006), and written above.
                string replacement = (member.Erasure == ErasureStrategy.Anonymize ? AnonymousValue(member) : EmptyValue(member)) ?? $"default({member.Type})";
                if (typeParameter && replacement.StartsWith("default(", StringComparison.Ordinal))
                {
                    replacement += "!";
                }

                writer.Line($"// {member.Name}: {ExportEmitter.Describe(member)}; erased by {member.Erasure}");
                writer.Line($"context.Erase<{type.FullName}, {member.Type}>(value, {path}, {purposes}, {strategy}, {get}, {set}, {replacement}{start});");
            }
        }

        /// <summary>Whether the member's type is one of the class's type parameters (<c>T</c> or <c>T?</c> in <c>Box&lt;T&gt;</c>).</summary>
        private static bool IsTypeParameter(TypeSpec type, MemberSpec member)
        {
            if (type.TypeParameters.Length == 0)
            {
                return false;
            }

            string name = member.Type.TrimEnd('?');
            foreach (string parameter in type.TypeParameters.Trim('<', '>').Split(','))
            {
                if (parameter.Trim() == name)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The local that holds a retention date, read before anything is erased (<c>MovedOutAt</c> → <c>movedOutAtStart</c>);
        /// the other locals end in <c>Value</c> (owned objects) or are <c>index</c> and <c>item</c>, so no member name makes them clash.
        /// </summary>
        private static string StartLocal(string date) => Literals.Camel(date) + "Start";

        /// <summary>Null where the member can hold it; otherwise the type's empty value, or null (the C# value) when it has none.</summary>
        private static string? EmptyValue(MemberSpec member)
        {
            if (member.CanBeNull)
            {
                return "null";
            }

            return member.Kind switch
            {
                ValueKind.String => "string.Empty",
                ValueKind.ByteArray => "global::System.Array.Empty<byte>()",
                ValueKind.IpAddress => "global::System.Net.IPAddress.Any",
                ValueKind.StringCollection => EmptyCollection(member),
                _ => $"default({member.Type})",
            };
        }

        public static string? AnonymousValue(MemberSpec member) => member.Kind switch
        {
            ValueKind.String => member.Category switch
            {
                DataCategory.EmailAddress => "global::Pii.Erasure.Anonymized.EmailAddress",
                DataCategory.PhoneNumber => "global::Pii.Erasure.Anonymized.PhoneNumber",
                DataCategory.IpAddress => "global::Pii.Erasure.Anonymized.IpAddressText",
                _ => "global::Pii.Erasure.Anonymized.Text",
            },
            ValueKind.IpAddress => "global::Pii.Erasure.Anonymized.IpAddress",
            ValueKind.DateTime => "global::Pii.Erasure.Anonymized.Date",
            ValueKind.DateTimeOffset => "global::Pii.Erasure.Anonymized.DateAndOffset",
            ValueKind.DateOnly => "global::Pii.Erasure.Anonymized.DateOnly",
            ValueKind.ByteArray => "global::System.Array.Empty<byte>()",
            ValueKind.StringCollection => EmptyCollection(member),
            _ => $"default({member.UnderlyingType})",
        };

        /// <summary>An empty collection of the member's type, or null for a type Pii knows no empty value of (<see cref="CollectionShape.Enumerable"/>).</summary>
        internal static string? EmptyCollection(MemberSpec member) => member.Collection switch
        {
            CollectionShape.Enumerable => null,
            CollectionShape.List or CollectionShape.HashSet or CollectionShape.Constructible => $"new {member.UnderlyingType.TrimEnd('?')}()",
            CollectionShape.ListInterface => $"new global::System.Collections.Generic.List<{member.ElementType}>()",
            CollectionShape.SetInterface => $"new global::System.Collections.Generic.HashSet<{member.ElementType}>()",
            CollectionShape.Immutable => $"{member.UnderlyingType.TrimEnd('?')}.Empty",
            CollectionShape.ImmutableArray => $"global::System.Collections.Immutable.ImmutableArray<{member.ElementType}>.Empty",
            _ => $"global::System.Array.Empty<{member.ElementType}>()",
        };
    }
}
