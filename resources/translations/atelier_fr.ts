<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected card up</source>
        <translation>Monter la carte sélectionnée</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected card down</source>
        <translation>Descendre la carte sélectionnée</translation>
    </message>
    <message>
        <source>{cards} card · {hours} h {minutes:02d}</source>
        <translation>{cards} carte · {hours} h {minutes:02d}</translation>
    </message>
    <message>
        <source>{cards} cards · {hours} h {minutes:02d}</source>
        <translation>{cards} cartes · {hours} h {minutes:02d}</translation>
    </message>
    <message>
        <source>Timebox in minutes</source>
        <translation>Temps imparti, en minutes</translation>
    </message>
    <message>
        <source>Cards of every deck</source>
        <translation>Cartes de tous les jeux</translation>
    </message>
    <message>
        <source>Cards of the agenda, in play order</source>
        <translation>Cartes du programme, dans l’ordre de jeu</translation>
    </message>
    <message>
        <source>Tick the cards to play, from any deck. They are played in the order of the list below: move a selected card up or down to change it.</source>
        <translation>Cochez les cartes à jouer, de n’importe quel jeu. Elles sont jouées dans l’ordre de la liste du dessous&#xa0;: montez ou descendez une carte sélectionnée pour le changer.</translation>
    </message>
    <message>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Agenda</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Agenda cards</source>
        <translation>Cartes du programme</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédente</translation>
    </message>
    <message>
        <source>Previous card</source>
        <translation>Carte précédente</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Touche Page préc</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivante ▶</translation>
    </message>
    <message>
        <source>Next card</source>
        <translation>Carte suivante</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Touche Page suiv</translation>
    </message>
    <message>
        <source>{decided} of {total} cards decided</source>
        <translation>Cartes décidées&#xa0;: {decided} sur {total}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Reopen your session?</source>
        <translation>Rouvrir votre séance&#x202f;?</translation>
    </message>
    <message>
        <source>Atelier did not close normally last time, while “{name}” was open. Every change up to the last one was saved. Reopen it now?</source>
        <translation>Atelier ne s’est pas fermé normalement la dernière fois, alors que «&#xa0;{name}&#xa0;» était ouverte. Toutes les modifications, jusqu’à la dernière, ont été enregistrées. La rouvrir maintenant&#x202f;?</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve a version</source>
        <translation>Approuver une version</translation>
    </message>
    <message>
        <source>Name and role</source>
        <translation>Nom et fonction</translation>
    </message>
    <message>
        <source>Optional: minutes, ticket…</source>
        <translation>Facultatif&#xa0;: procès-verbal, ticket…</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>&amp;Version</translation>
    </message>
    <message>
        <source>Approved &amp;by</source>
        <translation>Approuvée &amp;par</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Référence</translation>
    </message>
    <message>
        <source>An approved version is locked: later changes make a new version.</source>
        <translation>Une version approuvée est verrouillée&#xa0;: les modifications ultérieures font une nouvelle version.</translation>
    </message>
</context>
<context>
    <name>AwarenessDialog</name>
    <message>
        <source>Awareness warm-up</source>
        <translation>Questions de sensibilisation</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Ne sait pas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Read each question aloud; click once per raised hand. −1 corrects a miscount. ▶ shows a question on the projector.</source>
        <translation>Lisez chaque question à voix haute&#x202f;; cliquez une fois par main levée. −1 corrige une erreur de comptage. ▶ affiche une question au projecteur.</translation>
    </message>
    <message>
        <source>Show question {number} on the projector</source>
        <translation>Afficher la question {number} au projecteur</translation>
    </message>
    <message>
        <source>Take back one “{answer}”</source>
        <translation>Retirer un «&#xa0;{answer}&#xa0;»</translation>
    </message>
    <message>
        <source>Correct a miscount</source>
        <translation>Corriger une erreur de comptage</translation>
    </message>
    <message>
        <source>The group&apos;s answer</source>
        <translation>La réponse du groupe</translation>
    </message>
    <message>
        <source>The group&apos;s answer, in its own words</source>
        <translation>La réponse du groupe, dans ses propres mots</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Record the group&apos;s answer</source>
        <translation>Enregistrer la réponse du groupe</translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <source>Card editor</source>
        <translation>Éditeur de cartes</translation>
    </message>
    <message>
        <source>Languages of the card</source>
        <translation>Langues de la carte</translation>
    </message>
    <message>
        <source>French and English</source>
        <translation>Français et anglais</translation>
    </message>
    <message>
        <source>French only</source>
        <translation>Français seulement</translation>
    </message>
    <message>
        <source>English only</source>
        <translation>Anglais seulement</translation>
    </message>
    <message>
        <source>Deck to save the card in</source>
        <translation>Jeu où enregistrer la carte</translation>
    </message>
    <message>
        <source>A new deck</source>
        <translation>Un nouveau jeu</translation>
    </message>
    <message>
        <source>Title of the new deck</source>
        <translation>Titre du nouveau jeu</translation>
    </message>
    <message>
        <source>e.g. Our sites</source>
        <translation>p. ex. Nos sites</translation>
    </message>
    <message>
        <source>Card id</source>
        <translation>Identifiant de la carte</translation>
    </message>
    <message>
        <source>lowercase-with-dashes, unique</source>
        <translation>minuscules-avec-tirets, unique</translation>
    </message>
    <message>
        <source>Timebox in minutes</source>
        <translation>Temps imparti, en minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Discussion prompts</source>
        <translation>Questions pour la discussion</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Notes d’animation</translation>
    </message>
    <message>
        <source>Injects</source>
        <translation>Rebondissements</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Save in deck</source>
        <translation>Enregistrer dans le jeu</translation>
    </message>
    <message>
        <source>New deck&apos;s title</source>
        <translation>Titre du nouveau jeu</translation>
    </message>
    <message>
        <source>Timebox</source>
        <translation>Temps imparti</translation>
    </message>
    <message>
        <source>Prompts (one a line)</source>
        <translation>Questions (une par ligne)</translation>
    </message>
    <message>
        <source>Notes (one a line)</source>
        <translation>Notes (une par ligne)</translation>
    </message>
    <message>
        <source>Injects (one a line)</source>
        <translation>Rebondissements (un par ligne)</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Ajouter une option</translation>
    </message>
    <message>
        <source>Add an option (4 at most)</source>
        <translation>Ajouter une option (4 au plus)</translation>
    </message>
    <message>
        <source>Card editor sections</source>
        <translation>Sections de l’éditeur de cartes</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Options and effects</source>
        <translation>Options et effets</translation>
    </message>
    <message>
        <source>Problems to fix before saving</source>
        <translation>Problèmes à corriger avant d’enregistrer</translation>
    </message>
    <message>
        <source>Save card</source>
        <translation>Enregistrer la carte</translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation>Prête à être enregistrée.</translation>
    </message>
    <message>
        <source>Option {n}</source>
        <translation>Option {n}</translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <source>Scenario card</source>
        <translation>Carte scénario</translation>
    </message>
    <message>
        <source>No card selected.</source>
        <translation>Aucune carte sélectionnée.</translation>
    </message>
    <message>
        <source>Card {number} of {total}</source>
        <translation>Carte {number} sur {total}</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Discussion prompts</source>
        <translation>Questions pour la discussion</translation>
    </message>
    <message>
        <source>Injects</source>
        <translation>Rebondissements</translation>
    </message>
    <message>
        <source>Reveal inject {number} of {total}</source>
        <translation>Révéler le rebondissement {number} sur {total}</translation>
    </message>
    <message>
        <source>All injects revealed</source>
        <translation>Tous les rebondissements sont révélés</translation>
    </message>
    <message>
        <source>Reveal the next inject</source>
        <translation>Révéler le rebondissement suivant</translation>
    </message>
    <message>
        <source>Inject {n} of {total}</source>
        <translation>Rebondissement {n} sur {total}</translation>
    </message>
    <message>
        <source>Facilitator notes — console only, never projected</source>
        <translation>Notes d’animation — sur la console seulement, jamais projetées</translation>
    </message>
</context>
<context>
    <name>CardStatus</name>
    <message>
        <source>Not started</source>
        <translation>Pas commencée</translation>
    </message>
    <message>
        <source>In discussion</source>
        <translation>En discussion</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidée</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>{used} of {total} min</source>
        <translation>{used} sur {total}&#xa0;min</translation>
    </message>
</context>
<context>
    <name>CardTree</name>
    <message>
        <source>Search the cards</source>
        <translation>Rechercher dans les cartes</translation>
    </message>
    <message>
        <source>Search titles, situations and sections…</source>
        <translation>Rechercher titres, situations et sections…</translation>
    </message>
    <message>
        <source>Cards by deck</source>
        <translation>Cartes par jeu</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Sections it touches</source>
        <translation>Sections concernées</translation>
    </message>
    <message>
        <source> (your deck)</source>
        <translation> (votre jeu)</translation>
    </message>
    <message>
        <source> (not written in this language)</source>
        <translation> (pas écrite dans cette langue)</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>Policy sections and their coverage</source>
        <translation>Sections de la politique et leur couverture</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Addressed</source>
        <translation>Traitée</translation>
    </message>
    <message>
        <source>On the agenda</source>
        <translation>Au programme</translation>
    </message>
    <message>
        <source>Baseline only</source>
        <translation>Texte de base seulement</translation>
    </message>
    <message>
        <source>{addressed} of {total} sections addressed · {planned} more on the agenda</source>
        <comment>one</comment>
        <translation>{addressed} section traitée sur {total} · {planned} de plus au programme</translation>
    </message>
    <message>
        <source>{addressed} of {total} sections addressed · {planned} more on the agenda</source>
        <comment>many</comment>
        <translation>{addressed} sections traitées sur {total} · {planned} de plus au programme</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Why the group chose this</source>
        <translation>Pourquoi le groupe a fait ce choix</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Désaccords</translation>
    </message>
    <message>
        <source>Who disagreed, and why (optional)</source>
        <translation>Qui n’était pas d’accord, et pourquoi (facultatif)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation>Échéance (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Open questions for legal</source>
        <translation>Questions ouvertes pour le juridique</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <source>Park card</source>
        <translation>Mettre en attente</translation>
    </message>
    <message>
        <source>Park or resume this card</source>
        <translation>Mettre cette carte en attente, ou la reprendre</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Abandonner le brouillon</translation>
    </message>
    <message>
        <source>Discard the decision being prepared</source>
        <translation>Abandonner la décision en préparation</translation>
    </message>
    <message>
        <source>Empty the form: what was typed for this card is no longer kept</source>
        <translation>Vider le formulaire&#xa0;: ce qui a été saisi pour cette carte n’est plus conservé</translation>
    </message>
    <message>
        <source>The group&apos;s choice</source>
        <translation>Le choix du groupe</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Decision form</source>
        <translation>Formulaire de décision</translation>
    </message>
    <message>
        <source>Discard the draft?</source>
        <translation>Abandonner le brouillon&#xa0;?</translation>
    </message>
    <message>
        <source>Everything typed for this card&apos;s decision will be removed.</source>
        <translation>Tout ce qui a été saisi pour la décision de cette carte sera effacé.</translation>
    </message>
    <message>
        <source>Decided as {label}: {choice}.</source>
        <translation>Décidée en {label}&#xa0;: {choice}.</translation>
    </message>
    <message>
        <source>Votes: {f} for, {a} against, {x} abstaining.</source>
        <translation>Votes&#xa0;: pour {f} · contre {a} · abstention {x}.</translation>
    </message>
    <message>
        <source>A new decision replaces it.</source>
        <translation>Une nouvelle décision la remplace.</translation>
    </message>
    <message>
        <source>Parked: resume it now or come back to it later.</source>
        <translation>En attente&#xa0;: reprenez-la maintenant ou revenez-y plus tard.</translation>
    </message>
    <message>
        <source>Resume discussion</source>
        <translation>Reprendre la discussion</translation>
    </message>
    <message>
        <source>the group&apos;s own wording</source>
        <translation>la formulation du groupe</translation>
    </message>
</context>
<context>
    <name>DeckFiles</name>
    <message>
        <source>Import a deck</source>
        <translation>Importer un jeu</translation>
    </message>
    <message>
        <source>Decks (*.toml)</source>
        <translation>Jeux de cartes (*.toml)</translation>
    </message>
    <message>
        <source>The deck could not be imported</source>
        <translation>Le jeu n’a pas pu être importé</translation>
    </message>
    <message>
        <source>Export the deck</source>
        <translation>Exporter le jeu</translation>
    </message>
    <message>
        <source>The deck could not be exported</source>
        <translation>Le jeu n’a pas pu être exporté</translation>
    </message>
</context>
<context>
    <name>DeckLibraryDialog</name>
    <message>
        <source>Deck library</source>
        <translation>Bibliothèque de cartes</translation>
    </message>
    <message>
        <source>&amp;New card…</source>
        <translation>&amp;Nouvelle carte…</translation>
    </message>
    <message>
        <source>Write a new card</source>
        <translation>Écrire une nouvelle carte</translation>
    </message>
    <message>
        <source>&amp;Copy card…</source>
        <translation>&amp;Copier la carte…</translation>
    </message>
    <message>
        <source>Copy the selected card to adapt it</source>
        <translation>Copier la carte sélectionnée pour l’adapter</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected card</source>
        <translation>Modifier la carte sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Import deck…</source>
        <translation>&amp;Importer un jeu…</translation>
    </message>
    <message>
        <source>Import a deck file</source>
        <translation>Importer un fichier de jeu</translation>
    </message>
    <message>
        <source>E&amp;xport deck…</source>
        <translation>E&amp;xporter le jeu…</translation>
    </message>
    <message>
        <source>Export the selected deck to share it</source>
        <translation>Exporter le jeu sélectionné pour le partager</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected card or deck of yours</source>
        <translation>Supprimer la carte ou le jeu sélectionné (les vôtres)</translation>
    </message>
    <message>
        <source>The built-in decks and your own. Copy a card to adapt it to the organisation, or write a new one; your decks can be exported and shared.</source>
        <translation>Les jeux intégrés et les vôtres. Copiez une carte pour l’adapter à l’organisation, ou écrivez-en une nouvelle&#x202f;; vos jeux peuvent être exportés et partagés.</translation>
    </message>
    <message>
        <source>Delete the card “{title}” from your deck?</source>
        <translation>Supprimer la carte «&#xa0;{title}&#xa0;» de votre jeu&#x202f;?</translation>
    </message>
    <message>
        <source>Delete your deck “{title}” and all its cards?</source>
        <translation>Supprimer votre jeu «&#xa0;{title}&#xa0;» et toutes ses cartes&#x202f;?</translation>
    </message>
</context>
<context>
    <name>DraftPane</name>
    <message>
        <source>Policy draft</source>
        <translation>Projet de politique</translation>
    </message>
    <message>
        <source>Click a decision label (D1, D2…) to see where a clause comes from.</source>
        <translation>Cliquez sur le repère d’une décision (D1, D2…) pour voir d’où vient une clause.</translation>
    </message>
    <message>
        <source>Highlighted: what decision {label} changed.</source>
        <translation>En surbrillance&#xa0;: ce que la décision {label} a changé.</translation>
    </message>
    <message>
        <source>The baseline policy: no decision yet.</source>
        <translation>La politique de base&#xa0;: aucune décision pour l’instant.</translation>
    </message>
</context>
<context>
    <name>EffectEditor</name>
    <message>
        <source>What the option does to the clause</source>
        <translation>Ce que l’option fait à la clause</translation>
    </message>
    <message>
        <source>Set the clause&apos;s text</source>
        <translation>Remplacer le texte de la clause</translation>
    </message>
    <message>
        <source>Add a new clause</source>
        <translation>Ajouter une nouvelle clause</translation>
    </message>
    <message>
        <source>Remove the clause</source>
        <translation>Supprimer la clause</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Clause text</source>
        <translation>Texte de la clause</translation>
    </message>
    <message>
        <source>Remove effect</source>
        <translation>Retirer l’effet</translation>
    </message>
    <message>
        <source>Remove this effect</source>
        <translation>Retirer cet effet</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>This folder cannot lock the session</source>
        <translation>Ce dossier ne peut pas verrouiller la séance</translation>
    </message>
    <message>
        <source>The file was not changed. You can open it read-only, or copy it to a local folder and open the copy.</source>
        <translation>Le fichier n’a pas été modifié. Vous pouvez l’ouvrir en lecture seule, ou le copier dans un dossier local et ouvrir la copie.</translation>
    </message>
    <message>
        <source>This session is already open elsewhere</source>
        <translation>Cette séance est déjà ouverte ailleurs</translation>
    </message>
    <message>
        <source>Only one window can run a session at a time. The file was not changed.</source>
        <translation>Une seule fenêtre peut animer une séance à la fois. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>This session was saved by a newer version of Atelier</source>
        <translation>Cette séance a été enregistrée par une version plus récente d’Atelier</translation>
    </message>
    <message>
        <source>Update Atelier to open it. The file was left exactly as it was.</source>
        <translation>Mettez Atelier à jour pour l’ouvrir. Le fichier a été laissé tel quel.</translation>
    </message>
    <message>
        <source>This file cannot be opened as a session</source>
        <translation>Ce fichier ne peut pas être ouvert comme une séance</translation>
    </message>
    <message>
        <source>It may be damaged or not an Atelier session. It was left untouched; if it was a session, a backup copy (.bak) sits next to it.</source>
        <translation>Il est peut-être endommagé, ou ce n’est pas une séance Atelier. Il n’a pas été touché&#x202f;; si c’était une séance, une copie de sauvegarde (.bak) se trouve à côté.</translation>
    </message>
    <message>
        <source>Your last change could not be saved</source>
        <translation>Votre dernière modification n’a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>The session is as it was before that change; everything earlier is safe. Free some disk space or check the folder, then try again.</source>
        <translation>La séance est telle qu’avant cette modification&#x202f;; tout ce qui précède est en sécurité. Libérez de l’espace disque ou vérifiez le dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>The session file cannot be used</source>
        <translation>Le fichier de séance est inutilisable</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>That change cannot be made</source>
        <translation>Cette modification est impossible</translation>
    </message>
    <message>
        <source>The session was not changed.</source>
        <translation>La séance n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>The session itself was not changed.</source>
        <translation>La séance elle-même n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>Atelier</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer depuis la sauvegarde</translation>
    </message>
    <message>
        <source>Recover the changes before the damage</source>
        <translation>Récupérer les modifications d’avant le dommage</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the policy draft</source>
        <translation>Exporter le projet de politique</translation>
    </message>
    <message>
        <source>Export as {format}</source>
        <translation>Exporter au format {format}</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <source>Show changes since</source>
        <translation>Montrer les modifications depuis</translation>
    </message>
    <message>
        <source>the baseline template</source>
        <translation>le modèle de base</translation>
    </message>
    <message>
        <source>{label}, exported {date}</source>
        <translation>{label}, exportée le {date}</translation>
    </message>
    <message>
        <source>nothing: a clean copy</source>
        <translation>rien&#xa0;: une copie propre</translation>
    </message>
    <message>
        <source>Include the list of participants</source>
        <translation>Inclure la liste des participants</translation>
    </message>
    <message>
        <source>Include participants</source>
        <translation>Inclure les participants</translation>
    </message>
    <message>
        <source>Word document layout</source>
        <translation>Mise en page du document Word</translation>
    </message>
    <message>
        <source>Atelier&apos;s layout</source>
        <translation>Mise en page d’Atelier</translation>
    </message>
    <message>
        <source>Their own document, redlined (appendices in a second file)</source>
        <translation>Leur propre document, annoté (annexes dans un second fichier)</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Dossier d’export</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the export folder</source>
        <translation>Choisir le dossier d’export</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Avancement de l’export</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Track changes since</source>
        <translation>Suivre les modifications depuis</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Word layout</source>
        <translation>Mise en page Word</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>Enregistrer dans</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the export folder</source>
        <translation>Ouvrir le dossier d’export</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>This export becomes version {version}.</source>
        <translation>Cet export devient la version {version}.</translation>
    </message>
    <message>
        <source>The draft as it stands is {version}: exporting it again keeps that number.</source>
        <translation>Le projet, tel quel, est la version {version}&#xa0;: l’exporter à nouveau garde ce numéro.</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Choisissez au moins un format.</translation>
    </message>
    <message numerus="yes">
        <source>Writing files (%n)…</source>
        <translation>
            <numerusform>Écriture de %n fichier…</numerusform>
            <numerusform>Écriture de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Written but not recorded as a version: {names}. {reason}</source>
        <translation>Écrits mais pas enregistrés comme version&#xa0;: {names}. {reason}</translation>
    </message>
    <message>
        <source>The files were written, but not recorded as a version</source>
        <translation>Les fichiers ont été écrits, mais pas enregistrés comme version</translation>
    </message>
    <message>
        <source>Exported {version}: {names}</source>
        <translation>{version} exportée&#xa0;: {names}</translation>
    </message>
    <message>
        <source>The export failed; nothing was recorded. {reason}</source>
        <translation>L’export a échoué&#x202f;; rien n’a été enregistré. {reason}</translation>
    </message>
    <message>
        <source>The export could not be written</source>
        <translation>L’export n’a pas pu être écrit</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>No program to open folders was found. The files are in {folder}</source>
        <translation>Aucun programme pour ouvrir les dossiers n’a été trouvé. Les fichiers sont dans {folder}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Atelier facilitator console</source>
        <translation>Console d’animation Atelier</translation>
    </message>
    <message>
        <source>Decision, draft and coverage</source>
        <translation>Décision, projet et couverture</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Policy draft</source>
        <translation>Projet de politique</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>What the projector shows</source>
        <translation>Ce qu’affiche le projecteur</translation>
    </message>
    <message>
        <source>Atelier</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>{name}[*] — Atelier</source>
        <translation>{name}[*] — Atelier</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved here.</source>
        <translation>Lecture seule&#xa0;: les modifications ne peuvent pas être enregistrées ici.</translation>
    </message>
    <message>
        <source>Every change is saved as it is made.</source>
        <translation>Chaque modification est enregistrée aussitôt.</translation>
    </message>
    <message>
        <source>● Not exported yet</source>
        <translation>● Pas encore exporté</translation>
    </message>
    <message>
        <source>● Changes since {label}</source>
        <translation>● Modifications depuis {label}</translation>
    </message>
    <message>
        <source>Exported as {label}</source>
        <translation>Exporté en {label}</translation>
    </message>
    <message>
        <source>Open a session</source>
        <translation>Ouvrir une séance</translation>
    </message>
    <message>
        <source>Atelier sessions (*{suffix})</source>
        <translation>Séances Atelier (*{suffix})</translation>
    </message>
    <message>
        <source>Import legal&apos;s review</source>
        <translation>Importer la relecture juridique</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>New review from this policy</source>
        <translation>Nouvelle relecture à partir de cette politique</translation>
    </message>
    <message>
        <source>■ Projector blanked (B)</source>
        <translation>■ Projecteur masqué (B)</translation>
    </message>
    <message>
        <source>Projector: part {page} of {count}</source>
        <translation>Projecteur&#xa0;: partie {page} sur {count}</translation>
    </message>
    <message>
        <source>This card has used its timebox.</source>
        <translation>Cette carte a épuisé son temps imparti.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>Atelier will use this language the next time it starts.</source>
        <translation>Atelier utilisera cette langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>About Atelier</source>
        <translation>À propos d’Atelier</translation>
    </message>
    <message>
        <source>Atelier runs social media policy review workshops offline and turns the room&apos;s decisions into a policy draft for legal review.</source>
        <translation>Atelier anime, hors ligne, des ateliers de révision de la politique réseaux sociaux et transforme les décisions du groupe en un projet de politique à faire relire par le juridique.</translation>
    </message>
</context>
<context>
    <name>OptionEditor</name>
    <message>
        <source>Option {n}</source>
        <translation>Option {n}</translation>
    </message>
    <message>
        <source>Option label</source>
        <translation>Intitulé de l’option</translation>
    </message>
    <message>
        <source>Add effect</source>
        <translation>Ajouter un effet</translation>
    </message>
    <message>
        <source>Add an effect on a clause</source>
        <translation>Ajouter un effet sur une clause</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>Retirer l’option</translation>
    </message>
    <message>
        <source>Remove this option</source>
        <translation>Retirer cette option</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Intitulé</translation>
    </message>
</context>
<context>
    <name>OptionPicker</name>
    <message>
        <source>Clause the group rewrites</source>
        <translation>Clause que le groupe réécrit</translation>
    </message>
    <message>
        <source>The group&apos;s own wording</source>
        <translation>La formulation du groupe</translation>
    </message>
    <message>
        <source>The clause as the group wants it to read</source>
        <translation>La clause telle que le groupe la veut</translation>
    </message>
    <message>
        <source>Where it goes in their policy</source>
        <translation>Où cela va dans leur politique</translation>
    </message>
    <message>
        <source>Effect on the policy</source>
        <translation>Effet sur la politique</translation>
    </message>
    <message>
        <source>Our own wording for one of the card&apos;s clauses</source>
        <translation>Notre propre formulation pour l’une des clauses de la carte</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>Where {clause} goes</source>
        <translation>Où va {clause}</translation>
    </message>
    <message>
        <source>Where it lands: {where}</source>
        <translation>Là où elle arrive&#xa0;: {where}</translation>
    </message>
    <message>
        <source>end of “{section}”</source>
        <translation>fin de «&#xa0;{section}&#xa0;»</translation>
    </message>
    <message>
        <source>New clause at the end of “{section}”</source>
        <translation>Nouvelle clause à la fin de «&#xa0;{section}&#xa0;»</translation>
    </message>
    <message>
        <source>Choose an option to see what it changes.</source>
        <translation>Choisissez une option pour voir ce qu’elle change.</translation>
    </message>
</context>
<context>
    <name>PolicyHtml</name>
    <message>
        <source>option {option}</source>
        <translation>option {option}</translation>
    </message>
    <message>
        <source>the group&apos;s own wording</source>
        <translation>la formulation du groupe</translation>
    </message>
    <message>
        <source>Decision {label} on “{card}”: {option}, {time}</source>
        <translation>Décision {label} sur «&#xa0;{card}&#xa0;»&#xa0;: {option}, {time}</translation>
    </message>
    <message>
        <source>Removes {where}</source>
        <translation>Supprime {where}</translation>
    </message>
    <message>
        <source>Rewrites {where}</source>
        <translation>Réécrit {where}</translation>
    </message>
    <message>
        <source>Adds a clause to “{section}”</source>
        <translation>Ajoute une clause à «&#xa0;{section}&#xa0;»</translation>
    </message>
    <message>
        <source>legal review of {version}</source>
        <translation>relecture juridique de {version}</translation>
    </message>
    <message>
        <source>Removed by the last decision:</source>
        <translation>Supprimé par la dernière décision&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PolicyPreviewDialog</name>
    <message>
        <source>Start from our policy</source>
        <translation>Partir de notre politique</translation>
    </message>
    <message>
        <source>Sections and clauses found</source>
        <translation>Sections et clauses trouvées</translation>
    </message>
    <message>
        <source>Structure found</source>
        <translation>Structure trouvée</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>The selected clause&apos;s text</source>
        <translation>Le texte de la clause choisie</translation>
    </message>
    <message>
        <source>Make it a heading</source>
        <translation>En faire un titre</translation>
    </message>
    <message>
        <source>Make it a clause</source>
        <translation>En faire une clause</translation>
    </message>
    <message>
        <source>Merge with the next</source>
        <translation>Fusionner avec la suivante</translation>
    </message>
    <message>
        <source>Split at the cursor</source>
        <translation>Couper au curseur</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Use this policy</source>
        <translation>Utiliser cette politique</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Their policy: {name}</source>
        <translation>Leur politique&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Check the sections and clauses found before anything is saved: make a line a heading or not, merge or split clauses, rename a section, choose each section&apos;s topic.</source>
        <translation>Vérifiez les sections et clauses trouvées avant tout enregistrement&#xa0;: faites d’une ligne un titre ou non, fusionnez ou coupez des clauses, renommez une section, choisissez le thème de chaque section.</translation>
    </message>
    <message>
        <source>(before the first heading)</source>
        <translation>(avant le premier titre)</translation>
    </message>
    <message>
        <source>{n} clause</source>
        <comment>one</comment>
        <translation>{n} clause</translation>
    </message>
    <message>
        <source>{n} clauses</source>
        <comment>many</comment>
        <translation>{n} clauses</translation>
    </message>
    <message>
        <source>Topic of the section</source>
        <translation>Thème de la section</translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation>(aucun thème)</translation>
    </message>
    <message>
        <source>Topics their policy lacks: {topics}</source>
        <translation>Thèmes absents de leur politique&#xa0;: {topics}</translation>
    </message>
    <message>
        <source>Covered thinly: {topics}</source>
        <translation>Traités trop brièvement&#xa0;: {topics}</translation>
    </message>
    <message>
        <source>Rename the section</source>
        <translation>Renommer la section</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Titre de la section</translation>
    </message>
    <message>
        <source>Policies (*.docx *.md *.txt)</source>
        <translation>Politiques (*.docx *.md *.txt)</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Social media policy workshop</source>
        <translation>Atelier sur la politique d’utilisation des réseaux sociaux</translation>
    </message>
    <message>
        <source>Facilitated by {name}</source>
        <translation>Animé par {name}</translation>
    </message>
    <message>
        <source>Scenario {number} of {count}</source>
        <translation>Scénario {number} sur {count}</translation>
    </message>
    <message>
        <source>To discuss</source>
        <translation>À discuter</translation>
    </message>
    <message>
        <source>Developments</source>
        <translation>Rebondissements</translation>
    </message>
    <message>
        <source>Update {number}</source>
        <translation>Rebondissement {number}</translation>
    </message>
    <message>
        <source>Update {number} · just in</source>
        <translation>Rebondissement {number} · à l’instant</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>For: {count}</source>
        <translation>Pour&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Against: {count}</source>
        <translation>Contre&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Abstain: {count}</source>
        <translation>Abstention&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Decision {label}</source>
        <translation>Décision {label}</translation>
    </message>
    <message>
        <source>Why: {rationale}</source>
        <translation>Pourquoi&#xa0;: {rationale}</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Parked: we will come back to it</source>
        <translation>En attente&#xa0;: nous y reviendrons</translation>
    </message>
    <message>
        <source>Part {number} of {count}</source>
        <translation>Partie {number} sur {count}</translation>
    </message>
    <message>
        <source>On option {letter}: {option}</source>
        <translation>Sur l’option {letter}&#xa0;: {option}</translation>
    </message>
    <message>
        <source>Warm-up · Question {number} of {count}</source>
        <translation>Sensibilisation · Question {number} sur {count}</translation>
    </message>
    <message>
        <source>Raise your hand: yes, no or unsure</source>
        <translation>Levez la main&#xa0;: oui, non ou je ne sais pas</translation>
    </message>
    <message>
        <source>Answer in a few words: the group&apos;s own answer</source>
        <translation>Répondez en quelques mots&#xa0;: la réponse du groupe</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Presenter view</source>
        <translation>Vue de présentation</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Legal&apos;s review of {version}</source>
        <translation>Relecture juridique de {version}</translation>
    </message>
    <message>
        <source>Legal&apos;s review of {version} ({file})</source>
        <translation>Relecture juridique de {version} ({file})</translation>
    </message>
    <message>
        <source>{what}: {count}</source>
        <translation>{what}&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Legal changed no clause.</source>
        <translation>Le service juridique n’a modifié aucune clause.</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>What legal did</source>
        <translation>Ce qu’a fait le juridique</translation>
    </message>
    <message>
        <source>Text now</source>
        <translation>Texte désormais</translation>
    </message>
    <message>
        <source>(no longer in the policy)</source>
        <translation>(ne figure plus dans la politique)</translation>
    </message>
    <message>
        <source>Answers to the open questions</source>
        <translation>Réponses aux questions ouvertes</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Réponse de</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>New comments from legal</source>
        <translation>Nouveaux commentaires du juridique</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Mark the answered questions resolved</source>
        <translation>Marquer comme résolues les questions qui ont reçu une réponse</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Take legal&apos;s review into the draft: one step Undo reverses</source>
        <translation>Intégrer la relecture juridique au projet&#xa0;: une seule étape, que Annuler défait</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Retirer la ligne sélectionnée</translation>
    </message>
</context>
<context>
    <name>ScreenPicker</name>
    <message>
        <source>Presenter screen</source>
        <translation>Écran de présentation</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <source>Show the presenter view full screen on:</source>
        <translation>Afficher la vue de présentation en plein écran sur&#xa0;:</translation>
    </message>
    <message>
        <source>Screen {number}: {name} — {width} × {height} at ({x}, {y})</source>
        <translation>Écran {number}&#xa0;: {name} — {width} × {height} en ({x}, {y})</translation>
    </message>
    <message>
        <source>{screen} (main screen)</source>
        <translation>{screen} (écran principal)</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New workshop session</source>
        <translation>Nouvelle séance d’atelier</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animateur ou animatrice</translation>
    </message>
    <message>
        <source>Workshop date</source>
        <translation>Date de l’atelier</translation>
    </message>
    <message>
        <source>Session language</source>
        <translation>Langue de la séance</translation>
    </message>
    <message>
        <source>Governing law</source>
        <translation>Droit applicable</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Other (EU-generic wording)</source>
        <translation>Autre (rédaction générique UE)</translation>
    </message>
    <message>
        <source>Contact for questions about the policy</source>
        <translation>Contact pour les questions sur la politique</translation>
    </message>
    <message>
        <source>e.g. the communications team (comms@example.org)</source>
        <translation>p. ex. l’équipe communication (com@exemple.fr)</translation>
    </message>
    <message>
        <source>Month of the annual review</source>
        <translation>Mois de la révision annuelle</translation>
    </message>
    <message>
        <source>Folder for the session file</source>
        <translation>Dossier du fichier de séance</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Choisir le dossier</translation>
    </message>
    <message>
        <source>Organisation *</source>
        <translation>Organisation *</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Policy contact</source>
        <translation>Contact pour la politique</translation>
    </message>
    <message>
        <source>Annual review in</source>
        <translation>Révision annuelle en</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>Enregistrer dans</translation>
    </message>
    <message>
        <source>Start from our policy…</source>
        <translation>Partir de notre politique…</translation>
    </message>
    <message>
        <source>Start from our policy</source>
        <translation>Partir de notre politique</translation>
    </message>
    <message>
        <source>the built-in template</source>
        <translation>le modèle intégré</translation>
    </message>
    <message>
        <source>Policy reviewed</source>
        <translation>Politique revue</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Name or initials</source>
        <translation>Nom ou initiales</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>Optional. Initials or “Participant 1” are fine: the list only appears in exports you choose to include it in.</source>
        <translation>Facultatif. Des initiales ou «&#xa0;Participant 1&#xa0;» suffisent&#xa0;: la liste n’apparaît que dans les exports où vous choisissez de l’inclure.</translation>
    </message>
    <message>
        <source>New session sections</source>
        <translation>Sections de la nouvelle séance</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Create session</source>
        <translation>Créer la séance</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Participant {n}</source>
        <translation>Participant {n}</translation>
    </message>
    <message>
        <source>Give the organisation&apos;s name: the policy is written for it.</source>
        <translation>Indiquez le nom de l’organisation&#xa0;: la politique est rédigée pour elle.</translation>
    </message>
    <message>
        <source>Choose an existing folder for the session file.</source>
        <translation>Choisissez un dossier existant pour le fichier de séance.</translation>
    </message>
    <message>
        <source>Tick at least one card for the agenda.</source>
        <translation>Cochez au moins une carte pour le programme.</translation>
    </message>
    <message>
        <source>These cards are not written in the session&apos;s language: {cards}. Untick them, or choose the language they are written in.</source>
        <translation>Ces cartes ne sont pas écrites dans la langue de la séance&#xa0;: {cards}. Décochez-les, ou choisissez la langue dans laquelle elles sont écrites.</translation>
    </message>
    <message>
        <source>Save sessions in</source>
        <translation>Enregistrer les séances dans</translation>
    </message>
</context>
<context>
    <name>SessionKeeper</name>
    <message>
        <source>Opened read-only</source>
        <translation>Ouverte en lecture seule</translation>
    </message>
    <message>
        <source>This session can be shown and exported, but changes cannot be saved here (a read-only file or folder, or one that cannot lock files).</source>
        <translation>Cette séance peut être affichée et exportée, mais les modifications ne peuvent pas être enregistrées ici (fichier ou dossier en lecture seule, ou dossier qui ne peut pas verrouiller les fichiers).</translation>
    </message>
    <message>
        <source>Sample workshop</source>
        <translation>Atelier d’exemple</translation>
    </message>
    <message>
        <source>The sample workshop could not be created</source>
        <translation>L’atelier d’exemple n’a pas pu être créé</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <source>Time on this card</source>
        <translation>Temps passé sur cette carte</translation>
    </message>
    <message>
        <source>Share of the timebox used</source>
        <translation>Part du temps imparti utilisée</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation>Démarrer ou mettre en pause le chronomètre</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Remettre à zéro</translation>
    </message>
    <message>
        <source>Reset the timer to zero</source>
        <translation>Remettre le chronomètre à zéro</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>of {timebox} timebox</source>
        <translation>sur {timebox} prévues</translation>
    </message>
    <message>
        <source>⚠ Over time by {over}</source>
        <translation>⚠ Dépassement de {over}</translation>
    </message>
</context>
<context>
    <name>TopicGaps</name>
    <message>
        <source>Topics their policy lacks or covers thinly</source>
        <translation>Thèmes absents ou trop peu traités dans leur politique</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>In their policy</source>
        <translation>Dans leur politique</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Thin</source>
        <translation>Trop bref</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Traité</translation>
    </message>
    <message>
        <source>Their policy ({name}): {missing} topics missing, {thin} thin</source>
        <translation>Leur politique ({name})&#xa0;: {missing} thèmes absents, {thin} trop brefs</translation>
    </message>
</context>
<context>
    <name>VotesBox</name>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contre</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstention</translation>
    </message>
    <message>
        <source>Votes: {answer}</source>
        <translation>Votes&#xa0;: {answer}</translation>
    </message>
    <message>
        <source>Record votes</source>
        <translation>Enregistrer les votes</translation>
    </message>
    <message>
        <source>Record the votes</source>
        <translation>Enregistrer les votes</translation>
    </message>
    <message>
        <source>Show the options to the room</source>
        <translation>Montrer les options à la salle</translation>
    </message>
    <message>
        <source>Show the options on the projector</source>
        <translation>Afficher les options sur le projecteur</translation>
    </message>
    <message>
        <source>Reveal the votes to the room</source>
        <translation>Révéler les votes à la salle</translation>
    </message>
    <message>
        <source>Reveal the votes on the projector</source>
        <translation>Afficher les votes sur le projecteur</translation>
    </message>
    <message>
        <source>On the projector</source>
        <translation>Sur le projecteur</translation>
    </message>
    <message>
        <source>Recorded: {f} for, {a} against, {x} abstaining</source>
        <translation>Enregistré&#xa0;: pour {f} · contre {a} · abstention {x}</translation>
    </message>
    <message>
        <source>No votes recorded yet.</source>
        <translation>Aucun vote enregistré pour l’instant.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>New session…</source>
        <translation>Nouvelle séance…</translation>
    </message>
    <message>
        <source>Create a new workshop session</source>
        <translation>Créer une nouvelle séance d’atelier</translation>
    </message>
    <message>
        <source>Open session…</source>
        <translation>Ouvrir une séance…</translation>
    </message>
    <message>
        <source>Open a session file</source>
        <translation>Ouvrir un fichier de séance</translation>
    </message>
    <message>
        <source>Try the sample workshop</source>
        <translation>Essayer l’atelier d’exemple</translation>
    </message>
    <message>
        <source>Open a sample session to rehearse with</source>
        <translation>Ouvrir une séance d’exemple pour répéter</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Séances récentes</translation>
    </message>
    <message>
        <source>Atelier</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Run your social media policy workshop from scenario cards, and leave the room with a draft legal can review, every clause traced to the decision behind it.</source>
        <translation>Animez votre atelier sur la politique réseaux sociaux à partir de cartes scénarios, et repartez avec un projet que le juridique peut relire, chaque clause rattachée à la décision qui l’a produite.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Nouvelle séance…</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>&amp;Ouvrir une séance…</translation>
    </message>
    <message>
        <source>&amp;Close session</source>
        <translation>&amp;Fermer la séance</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Import legal&apos;s review…</source>
        <translation>&amp;Importer la relecture juridique…</translation>
    </message>
    <message>
        <source>A&amp;pprove a version…</source>
        <translation>A&amp;pprouver une version…</translation>
    </message>
    <message>
        <source>Ne&amp;w review from this policy…</source>
        <translation>Nou&amp;velle relecture à partir de cette politique…</translation>
    </message>
    <message>
        <source>&amp;Deck library…</source>
        <translation>&amp;Bibliothèque de cartes…</translation>
    </message>
    <message>
        <source>New c&amp;ard…</source>
        <translation>Nouvelle c&amp;arte…</translation>
    </message>
    <message>
        <source>Import dec&amp;k…</source>
        <translation>Importer un &amp;jeu…</translation>
    </message>
    <message>
        <source>E&amp;xport deck…</source>
        <translation>E&amp;xporter un jeu…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Awareness warm-up…</source>
        <translation>&amp;Questions de sensibilisation…</translation>
    </message>
    <message>
        <source>Start &amp;presenting</source>
        <translation>Lancer la &amp;présentation</translation>
    </message>
    <message>
        <source>Presenter &amp;screen…</source>
        <translation>Écran de présen&amp;tation…</translation>
    </message>
    <message>
        <source>&amp;Blank the projector</source>
        <translation>Mettre le projecteur au &amp;noir</translation>
    </message>
    <message>
        <source>&amp;Next card</source>
        <translation>Carte &amp;suivante</translation>
    </message>
    <message>
        <source>P&amp;revious card</source>
        <translation>Carte pré&amp;cédente</translation>
    </message>
    <message>
        <source>&amp;About Atelier</source>
        <translation>À &amp;propos d’Atelier</translation>
    </message>
    <message>
        <source>Undo: {command}</source>
        <translation>Annuler&#xa0;: {command}</translation>
    </message>
    <message>
        <source>Redo: {command}</source>
        <translation>Rétablir&#xa0;: {command}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Séances &amp;récentes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>No recent session</source>
        <translation>Aucune séance récente</translation>
    </message>
</context>
</TS>
