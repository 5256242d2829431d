using Microsoft.CodeAnalysis;

namespace Pii.Tagging
{
    /// <summary>Reading attribute arguments without trusting their shape.</summary>
    internal static class AttributeValues
    {
        /// <summary>
        /// The argument's value, or <see langword="null"/> when it is an array. <see cref="TypedConstant.Value"/> throws
        /// for arrays, and an attribute that only looks like Pii's (a <c>Pii.PersonalDataAttribute</c> of another
        /// library, or one being typed with <c>params string[]</c>) can put an array where Pii's has a string.
        /// </summary>
        public static object? Scalar(this TypedConstant constant) =>
            constant.Kind == TypedConstantKind.Array ? null : constant.Value;
    }
}
