from __future__ import annotations

from typing import Any

from rule_examples import Example, RuleExamples

ROUND: dict[str, Any] = {
    "candidate": {
        "name": "Tomasz Wiśniewski",
        "skills": ["Simulink", "Zephyr RTOS", "motor control"],
    },
    "company": "Quillmark Robotics",
    "role": "Controls Engineer",
    "stage": "first-round",
    "format": "in-person",
    "start": "2026-05-12T14:00:00+02:00",
    "end": "2026-05-12T15:30:00+02:00",
    "interviewers": [
        {
            "name": "Ngozi Adeyemi-Brandt",
            "honorific": "Dr.",
            "title": "Head of Mechatronics",
            "role": "hiring-manager",
            "topics": ["torque ripple in the Vexa gripper", "cobot safety zones"],
            "moments": ["the espresso machine in the Halden lab"],
        }
    ],
    "recipient": "Ngozi Adeyemi-Brandt",
    "send_at": "2026-05-12T18:00:00+02:00",
}

EXAMPLES = {
    "spelling": RuleExamples(
        fire=[
            Example(
                "Dear Dr. Adeyemi-Brandt,\n\nThank you for the tour of the lab and for "
                "explaning how the arm is calibrated.\n\nBest regards,\nTomasz",
                span="explaning",
            ),
            Example(
                "Subject: Thank you for the intervew – Controls Engineer\n\nDear Ms. Park,\n\n"
                "Thank you for meeting with me today about the controls role.\n\n"
                "Best regards,\nSam Ortiz",
                span="intervew",
            ),
            Example(
                "Dear Ms. Park,\n\nThank you for your time today. Definately the part about "
                "sensor fusion stayed with me.\n\nBest,\nSam",
                span="Definately",
            ),
            Example(
                "I enjoyed the hands-on demo and the well-documentd test rig you showed me.",
                span="documentd",
            ),
            Example(
                "I dont take your time lightly, and I am grateful for the conversation.",
                span="dont",
            ),
            Example(
                "Dear Dr. Adeyemi-Brandt,\n\nThank you for explaining the torque ripple in the "
                "Vexa gripper. Quillmark's approach to cobot safety zones is one I would be glad "
                "to help refine, and I have recieved good results with similar work.\n\n"
                "Best regards,\nTomasz Wiśniewski",
                context=ROUND,
                span="recieved",
            ),
        ],
        pass_=[
            Example(  # the record's names, company, topics and skills are allowed
                "Dear Dr. Adeyemi-Brandt,\n\nQuillmark's work on the Vexa gripper impressed me. "
                "Simulink models and Zephyr firmware are where I have spent three years, and "
                "Halden's espresso machine was a fine welcome.\n\nBest regards,\n"
                "Tomasz Wiśniewski",
                context=ROUND,
            ),
            Example(  # British spellings
                "Thank you for showing me how your organisation prioritises colour calibration "
                "at the centre of the travelling exhibition; I have analysed similar behaviours "
                "and catalogued them in my favourite notebook."
            ),
            Example(  # technical terms, code-like tokens, links, ordinals
                "I have run Kubernetes clusters, written runbooks, onboarded teammates to dbt "
                "and Terraform, and kept our backend and frontend in one GitHub monorepo; my "
                "notes are at github.com/sam-ortiz and in snake_case_files, and I placed 2nd "
                "at the hackathon on the 21st."
            ),
            Example(  # a quoted reply is not the user's text
                "Dear Ms. Park,\n\nThank you for the update; I look forward to next steps.\n\n"
                "Best regards,\nSam Ortiz\n\n"
                "On Tue, Mar 3, 2026 at 9:00 AM Ana Park <ana@park.example> wrote:\n"
                "> Thnaks for comming in, we will recieve feedbak soon."
            ),
            Example(  # contractions and possessives, with curly apostrophes
                "I’m grateful for the company’s time, and we’ll speak on Marcus’s schedule; "
                "I don’t mind at all, and it’s fine if the teams' plans change."
            ),
            Example(  # a slip of a participant's name is left to `misspelled-name`
                "Dear Dr. Adeyemi-Brandt,\n\nThank you for the conversation. Ngozy's view of "
                "cobot safety zones was clear and useful.\n\nBest regards,\nTomasz Wiśniewski",
                context=ROUND,
            ),
            Example(  # acronyms, [slots], handles, addresses and names inside a sentence
                "Thanks for the PLC and HMI walkthrough at Fraunhofer; I will write to "
                "[Hiring Manger] and @samortiz, or at sam@ortiz.example, "
                "https://ortiz.example/portfolio_v2 #robotics."
            ),
        ],
    ),
}
