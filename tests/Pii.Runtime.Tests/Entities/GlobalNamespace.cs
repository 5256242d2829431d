using Pii;

/// <summary>A type in the global namespace.</summary>
public class Subscriber
{
    [PersonalData("Marketing", Category = Pii.DataCategory.EmailAddress)]
    public string? Email { get; set; }
}
