using System.ComponentModel;
using System.Text;

namespace Pii.Redaction
{
    /// <summary>
    /// Builds the redacted view of an object for logs. Used by generated code: one call per member, to a method that
    /// has no overloads, so that the compiler binds each call without choosing among <see cref="StringBuilder"/>'s
    /// <c>Append</c> overloads (the generated code has one such call for every member of every tagged type).
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class RedactedText
    {
        /// <summary>Appends <paramref name="text"/>: the start or end of an object, a member's label before an owned object, or <c>null</c> for an owned object that is null.</summary>
        /// <param name="builder">The view being built.</param>
        /// <param name="text">The text.</param>
        public static void Append(StringBuilder builder, string text) => builder.Append(text);

        /// <summary>Appends one member: <paramref name="label"/> (for example <c>", Email = "</c>), then its already redacted text.</summary>
        /// <param name="builder">The view being built.</param>
        /// <param name="label">The separator, the member's name and <c>" = "</c>.</param>
        /// <param name="text">The member's text, redacted where it is personal; <see langword="null"/> is shown as <c>null</c>.</param>
        public static void AppendMember(StringBuilder builder, string label, string? text) => builder.Append(label).Append(text ?? "null");
    }
}
