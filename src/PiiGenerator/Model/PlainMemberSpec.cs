namespace Pii.Generator.Model
{
    /// <summary>
    /// A member shown unredacted in the redacted view: the subject's key or a member marked <c>[NotPersonalData]</c>.
    /// <see cref="HiddenIn"/> is its declaring type when a derived type hides it with <c>new</c> (it is read through that type).
    /// </summary>
    internal sealed record PlainMemberSpec(string Name, bool IsString, string? HiddenIn = null);
}
