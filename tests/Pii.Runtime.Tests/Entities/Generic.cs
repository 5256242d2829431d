using Pii;

namespace Pii.Runtime.Tests.Entities
{
    /// <summary>A member typed by an unconstrained type parameter, declared non-nullable: erased to the type's default.</summary>
    public class Parcel<T>
    {
        [PersonalData("Account", Category = DataCategory.Other)]
        public T Content { get; set; } = default!;
    }

#nullable disable
    /// <summary>A member typed by a type parameter, declared where nullable annotations are off.</summary>
    public class Envelope<T>
        where T : class
    {
        [PersonalData("Account", Category = DataCategory.Other)]
        public T Letter { get; set; }
    }
#nullable restore
}
