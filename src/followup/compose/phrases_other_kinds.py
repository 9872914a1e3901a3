"""Phrase banks for the messages beside the thank-you note: forward requests, check-ins,
replies to a rejection, long-game updates and handwritten cards.

Data only, like `phrases.py`, in the project's own words.
"""

from __future__ import annotations

from followup.compose.phrases import Bank, F, W

# --- forward request: thanks passed on by the coordinator or recruiter ---------------------
FORWARD_INTRO: Bank = {
    F: (
        "Thank you for arranging my interview {when} for the {role} role at {company}.",
        "Thank you for organizing my {role} interview at {company} {when}.",
    ),
    W: (
        "Thanks so much for setting up my interview {when} for the {role} role at {company}.",
        "Thank you for making my {role} interview at {company} run so smoothly {when}.",
    ),
}
FORWARD_ASK: Bank = {
    F: (
        "I have no email address for {names}; would you kindly pass on my thanks with the "
        "{notes} below?",
        "Could I ask you to forward my thanks to {names}, whose email {addresses} I do not "
        "have, with the {notes} below?",
    ),
    W: (
        "I don't have an email address for {names}, so could you pass on my thanks with the "
        "{notes} below?",
        "Would you be willing to forward the {notes} below to {names}, since I don't have "
        "{their} email {addresses}?",
    ),
}
FORWARD_DETAIL: dict[str, Bank] = {
    "topic": {
        F: ("Thank you as well for your help with {topic}.",),
        W: ("Thanks too for your help with {topic}.",),
    },
    "moment": {
        F: ("{Moment} made it a day to remember.",),
        W: ("{Moment} made the day memorable.",),
    },
    "question": {
        F: ("Thank you as well for your question, “{question}”, which I enjoyed.",),
        W: ("I enjoyed your question, “{question}”, too.",),
    },
}
RIDE_ALONG_ASK: Bank = {
    F: (
        "Could you kindly pass on my thanks to {list}, as I have no email address for {them}?",
        "I would be grateful if you could forward my thanks to {list}, since I do not have "
        "{their} email {addresses}.",
    ),
    W: (
        "Could you pass my thanks on to {list}, since I don't have {their} email {addresses}?",
        "Would you mind passing my thanks on to {list}, as I have no way to email {them} directly?",
    ),
}
FORWARD_LINE: dict[str, Bank] = {
    "topic": {
        F: (
            "To {person}: thank you for our conversation about {topic}.",
            "To {person}: I valued your thoughts on {topic} and thank you for your time.",
            "To {person}: thank you for the discussion of {topic}, which I found useful.",
        ),
        W: (
            "To {person}: thank you for the great chat about {topic}.",
            "To {person}: I loved hearing your take on {topic}; thank you.",
            "To {person}: thanks for walking me through {topic}.",
        ),
    },
    "moment": {
        F: (
            "To {person}: thank you for your time; I still think fondly of {moment}.",
            "To {person}: thank you for a memorable conversation, {moment} included.",
        ),
        W: (
            "To {person}: thank you, and I'm still smiling about {moment}.",
            "To {person}: thanks for a great chat; {moment} made my day.",
        ),
    },
    "question": {
        F: ("To {person}: thank you for your question, “{question}”, which I enjoyed.",),
        W: ("To {person}: thanks for asking “{question}”; I enjoyed thinking it through.",),
    },
}
RIDE_ALONG_ITEM: dict[str, Bank] = {
    "topic": {
        F: ("{person} for our conversation about {topic}",),
        W: ("{person} for the chat about {topic}",),
    },
    "moment": {
        F: ("{person} for the memorable moment of {moment}",),
        W: ("{person} for the happy memory of {moment}",),
    },
    "question": {
        F: ("{person} for the question “{question}”",),
        W: ("{person} for asking “{question}”",),
    },
}
FORWARD_CLOSE: Bank = {
    F: (
        "Thank you for your help, and I look forward to hearing about the next steps.",
        "I appreciate your help with this and would be glad to hear how the process moves on.",
    ),
    W: (
        "Thanks a lot for your help, and I'm looking forward to hearing what comes next.",
        "I really appreciate it, and I'm excited to hear about the next steps.",
    ),
}

# --- check-in: three sentences at most ------------------------------------------------------
CHECK_IN_OPEN: Bank = {
    F: (
        "Since my interview on {date} for the {role} role at {company}, my interest in joining "
        "the team has only grown.",
        "I remain keen on the {role} position at {company} after my interview on {date}.",
    ),
    W: (
        "I've been thinking about my interview on {date} for the {role} role, and I'm still "
        "excited about joining {company}.",
        "My interview on {date} for the {role} role left me even keener to join {company}.",
    ),
}
CHECK_IN_NEWS: Bank = {
    F: (
        "A short update since we spoke: {news}.",
        "One piece of news since our conversation: {news}.",
    ),
    W: ("A bit of news since we talked: {news}.", "Some news from my side since we spoke: {news}."),
}
CHECK_IN_LINK: Bank = {
    F: ("In case it is useful, some of my recent work is linked below my name.",),
    W: ("In case it's useful, some of my recent work is linked below.",),
}
CHECK_IN_CLOSE: Bank = {
    F: (
        "If there is any update on the timeline, I would be glad to hear it, and I am happy to "
        "send anything further that would help.",
        "I would be grateful for any news on the timeline, and I can provide anything else you "
        "need in the meantime.",
    ),
    W: (
        "If there's any news on the timeline, I'd love to hear it, and I'm happy to send anything "
        "else that helps.",
        "I'd be glad of any update on the timeline, and I'm happy to share more in the meantime.",
    ),
}

# --- reply to a rejection -------------------------------------------------------------------
REJECTION_THANKS: Bank = {
    F: (
        "Thank you for letting me know about your decision on the {role} role.",
        "Thank you for telling me where things stand with the {role} position.",
    ),
    W: (
        "Thanks for letting me know about the {role} role, and for telling me personally.",
        "Thank you for getting back to me about the {role} position.",
    ),
}
REJECTION_REGRET: Bank = {
    F: (
        "I was disappointed, but I am grateful for the chance to meet the team at {company}.",
        "While I was sorry to hear it, I valued getting to know {company} through the process.",
    ),
    W: (
        "I was disappointed, of course, but I enjoyed getting to know the team at {company}.",
        "I was sorry to hear it, though meeting the people at {company} was a pleasure.",
    ),
}
REJECTION_DETAIL: Bank = {
    F: ("I especially valued our conversation about {topic}.",),
    W: ("Our talk about {topic} was a real highlight for me.",),
}
REJECTION_FUTURE: Bank = {
    F: (
        "I would welcome the chance to be considered for future roles that match my background.",
        "Please keep me in mind for future openings where my experience could help.",
    ),
    W: (
        "If another role opens up that fits my background, I'd love to hear about it.",
        "Please keep me in mind for future roles; I'd be glad to try again.",
    ),
}
REJECTION_CLOSE: Bank = {
    F: ("I hope our paths cross again.", "I wish you and the team every success."),
    W: ("I hope our paths cross again soon.", "Wishing you and the team all the best."),
}

# --- long game: an update built around the news ---------------------------------------------
LONG_GAME_OPEN: Bank = {
    F: (
        "I hope all is well at {company} since we spoke about the {role} role.",
        "It has been a while since our conversations about the {role} role at {company}.",
    ),
    W: (
        "I hope things are going well at {company} since we talked about the {role} role.",
        "It's been a few months since our chats about the {role} role at {company}.",
    ),
}
LONG_GAME_NEWS: Bank = {
    F: (
        "I wanted to share a short update: {news}.",
        "I have some news I thought you might enjoy: {news}.",
    ),
    W: ("I wanted to share a bit of news: {news}.", "Some happy news from my side: {news}."),
}
LONG_GAME_DETAIL: Bank = {
    F: ("It brought to mind our conversation about {topic}.",),
    W: ("It made me think of our talk about {topic}.",),
}
LONG_GAME_CLOSE: Bank = {
    F: (
        "If a role like this opens again at {company}, I would be glad to hear about it.",
        "I would welcome the chance to stay in touch about future roles at {company}.",
    ),
    W: (
        "If something similar opens up at {company}, I'd love to hear about it.",
        "I'd be glad to stay in touch about future roles at {company}.",
    ),
}

# --- handwritten card: short, warmer, no subject --------------------------------------------
CARD_THANKS: Bank = {
    F: (
        "Thank you for meeting with me about the {role} role at {company}.",
        "Thank you for the time you gave me during my {role} interview.",
        "Thank you for a generous conversation about the {role} role.",
    ),
    W: (
        "Thank you so much for our conversation about the {role} role.",
        "Thank you for making my {role} interview at {company} such a pleasure.",
        "It was a real joy to meet you during my {role} interview.",
    ),
}
CARD_DETAIL: dict[str, Bank] = {
    "topic": {
        F: ("Your thoughts on {topic} have stayed with me.", "I enjoyed learning about {topic}."),
        W: ("I keep thinking about what you said on {topic}.", "I loved hearing about {topic}."),
    },
    "moment": {
        F: ("I still think fondly of {moment}.", "{Moment} made the day memorable."),
        W: ("I'm still smiling about {moment}.", "{Moment} made my day."),
    },
    "question": {
        F: ("Your question, “{question}”, has stayed with me.",),
        W: ("I'm still thinking about your question, “{question}”.",),
    },
}
CARD_CLOSE: Bank = {
    F: ("With warm wishes to you and the team.", "I hope our paths cross again soon."),
    W: ("I hope we meet again soon.", "With every good wish to you and the team."),
}
