using System.Collections.Generic;
using System.Linq;

namespace Pii.Runtime.Tests.Entities
{
    /// <summary>A household and the people in it: collections of owned objects, exported as arrays and erased element by element.</summary>
    public class Household
    {
        [NotPersonalData("a household number says nothing about its people")]
        public string Number { get; set; } = "";

        [PersonalData("Account", Category = DataCategory.PostalAddress)]
        public string? Street { get; set; }

        public List<Resident?> Residents { get; set; } = new();

        public Resident[]? Former { get; set; }

        public System.Collections.ObjectModel.ObservableCollection<Resident> Guests { get; set; } = new();

        // EF Core's way to hide a collection: the property is the member, its backing field is not followed a second time.
        private readonly List<Resident> _lodgers = new();

        public IReadOnlyCollection<Resident> Lodgers => _lodgers;

        // A public field holding a collection is the collection itself, not a backing field (before, it was left out).
        public List<Resident> Boarders = new();

        [NotPersonalData("a view over Residents, which are exported and erased themselves")]
        public IEnumerable<Resident> Named => Residents.OfType<Resident>().Where(r => r.Name is not null);

        /// <summary>No tag of its own on a floor: the personal data is its tenant's, one object further down.</summary>
        public List<Floor> Floors { get; set; } = new();

        public void AddLodger(Resident lodger) => _lodgers.Add(lodger);
    }

    /// <summary>Has no tagged member: it is followed for the resident it holds.</summary>
    public class Floor
    {
        public int Level { get; set; }

        public Resident? Tenant { get; set; }
    }

    public class Resident
    {
        [PersonalData("Account", Category = DataCategory.Name)]
        public string? Name { get; set; }

        [PersonalData("Tax", Category = DataCategory.TaxIdentifier)]
        public string? TaxNumber { get; set; }

        [PersonalData("Account", Category = DataCategory.AccountIdentifier, Erasure = ErasureStrategy.Pseudonymize)]
        public string? Alias { get; set; }
    }
}
