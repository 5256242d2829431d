using System;

namespace Pii
{
    /// <summary>
    /// Names the controller for the record of processing (Art. 30(1)(a)): who decides why and how the personal data of
    /// this assembly is processed, and how to reach them.
    /// </summary>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
    public sealed class DataControllerAttribute : Attribute
    {
        /// <summary>Names the controller.</summary>
        /// <param name="name">The controller's legal name, for example <c>"Flexmail NV"</c>.</param>
        public DataControllerAttribute(string name) => Name = name;

        /// <summary>Gets the controller's legal name.</summary>
        public string Name { get; }

        /// <summary>Gets or sets how to reach the controller about personal data: an e-mail address, a web form, a phone number.</summary>
        public string? Contact { get; set; }

        /// <summary>Gets or sets the controller's postal address.</summary>
        public string? Address { get; set; }

        /// <summary>Gets or sets the controller's representative in the Union (Art. 27), when the controller is established outside it.</summary>
        public string? Representative { get; set; }
    }
}
