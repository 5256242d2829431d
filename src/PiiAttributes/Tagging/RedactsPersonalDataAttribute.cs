using System;

namespace Pii
{
    /// <summary>
    /// Marks a method whose result never contains personal data in clear, whatever it is given: a redaction, a hash,
    /// a summary. Pii's analyzer (PII002) stops following personal data at a call to it, as it does at the generated
    /// <c>ToRedactedString()</c> and at the built-in redactors.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class RedactsPersonalDataAttribute : Attribute
    {
    }
}
