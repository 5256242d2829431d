using Pii.Generator.Model;
using Pii.Tagging;

namespace Pii.Generator.Emitters
{
    /// <summary>How generated code reads and writes a member: plainly, or through the <c>[UnsafeAccessor]</c> externs that <see cref="WriteAccessors"/> declares.</summary>
    internal static class MemberAccess
    {
        public static string Read(MemberSpec member, string target)
        {
            string read = member.Read switch
            {
                AccessKind.UnsafeAccessor when member.IsField => $"{member.Name}Field({target})",
                AccessKind.UnsafeAccessor => $"Get{member.Name}({target})",
                _ => $"{Direct(member, target)}.{Literals.Identifier(member.Name)}",
            };

            // A dynamic value read as an object: passed on as dynamic, every call it goes into is bound at run time, and
            // the writer's ReadOnlySpan<byte> arguments cannot be (CS1978).
            return member.Type is "dynamic" or "dynamic?" ? $"((object?){read})" : read;
        }

        public static string Assign(MemberSpec member, string target, string value) => member.Write switch
        {
            AccessKind.UnsafeAccessor when member.IsField => $"{member.Name}Field({target}) = {value}",
            AccessKind.UnsafeAccessor => $"Set{member.Name}({target}, {value})",
            _ => $"{Direct(member, target)}.{Literals.Identifier(member.Name)} = {value}",
        };

        /// <summary>The target as the member is read from: through its declaring type when a derived type hides it (<c>new</c>), where <c>value.Name</c> would be the other member.</summary>
        private static string Direct(MemberSpec member, string target) => member.Hidden ? $"(({member.DeclaringType}){target})" : target;

        /// <summary>Declares the externs for members that are private, protected or init-only (.NET 8 and later; no reflection).</summary>
        public static void WriteAccessors(SourceWriter writer, TypeSpec type)
        {
            foreach (MemberSpec member in type.Members)
            {
                bool read = member.Read == AccessKind.UnsafeAccessor;
                bool write = member.Write == AccessKind.UnsafeAccessor;
                if (!read && !write)
                {
                    continue;
                }

                if (member.IsField)
                {
                    writer.Line($"[global::System.Runtime.CompilerServices.UnsafeAccessor(global::System.Runtime.CompilerServices.UnsafeAccessorKind.Field, Name = \"{member.Name}\")]");
                    writer.Line($"private static extern ref {member.Type} {member.Name}Field({member.DeclaringType} target);");
                    writer.Line();
                    continue;
                }

                if (read)
                {
                    writer.Line($"[global::System.Runtime.CompilerServices.UnsafeAccessor(global::System.Runtime.CompilerServices.UnsafeAccessorKind.Method, Name = \"get_{member.Name}\")]");
                    writer.Line($"private static extern {member.Type} Get{member.Name}({member.DeclaringType} target);");
                    writer.Line();
                }

                if (write)
                {
                    writer.Line($"[global::System.Runtime.CompilerServices.UnsafeAccessor(global::System.Runtime.CompilerServices.UnsafeAccessorKind.Method, Name = \"set_{member.Name}\")]");
                    writer.Line($"private static extern void Set{member.Name}({member.DeclaringType} target, {member.Type} value);");
                    writer.Line();
                }
            }
        }
    }
}
