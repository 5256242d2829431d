namespace Pii.Generator.Model
{
    /// <summary>A member shown unredacted in the redacted view: the subject's key or a member marked <c>[NotPersonalData]</c>.</summary>
    internal sealed record PlainMemberSpec(string Name, bool IsString);
}
