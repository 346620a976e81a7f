"""What the speaker says on its own, in one place: short, Danish, friendly."""

ACK = "Ja?"  # after the wake phrase or the button: it is listening
NOT_HEARD = "Det hørte jeg ikke. Sig det gerne igen."
NO_ASSISTANT = "Jeg kan ikke få fat i assistenten lige nu. Prøv igen om lidt."
NOTHING_SAID = "Jeg har ikke sagt noget endnu."  # "gentag" before anything was said
