import type { Category } from "../schema/enums";

export const INBOUND: Record<Category, readonly string[]> = {
  praise: [
    "Just got my order and it is perfect, thank you!",
    "Your support team sorted my issue in minutes. Impressed.",
    "Best purchase I made this year, honestly.",
    "Love the new colours, any chance of a green one?",
    "Shout-out to whoever designed the packaging, beautiful.",
    "Third time buying, never disappointed.",
  ],
  criticism: [
    "My parcel is a week late and nobody answers my emails.",
    "The app logged me out again and my cart is gone.",
    "Paid for express shipping, got standard. Not great.",
    "Quality went down since last year, the seams are coming apart.",
    "Why is the price higher in your shop than at the retailer?",
    "Third message now. Can someone please reply?",
  ],
  question: [
    "Do you ship to Switzerland?",
    "Is the large size true to fit or should I size down?",
    "When will the autumn collection be back in stock?",
    "Can I change the delivery address after ordering?",
    "Is there a student discount?",
    "How do I return an item I bought as a gift?",
  ],
  other: [
    "Are you hiring for the Vienna store?",
    "Who made the music in your last video?",
    "Tagging a friend who needs this.",
    "Collab idea for you, check your DMs.",
  ],
};

export const FOLLOW_UPS = [
  "Thanks, that helps!",
  "Any update on this?",
  "Ok, and what about the refund?",
  "Great, will do.",
  "Still waiting for the tracking number.",
];

export const REPLIES: Record<Category, readonly string[]> = {
  praise: [
    "That made our day, thank you for sharing!",
    "So glad you love it. Green is on our list, stay tuned.",
    "Thank you! We'll pass this on to the team.",
  ],
  criticism: [
    "I'm sorry about this. Could you DM us your order number so we can check right away?",
    "That's not the experience we want for you. I've escalated it and will update you today.",
    "You're right to be annoyed. Let's fix it: send us a DM with your order details.",
  ],
  question: [
    "Yes, we ship to Switzerland. Delivery takes 3–5 working days.",
    "It fits true to size. Our size guide is linked in the product page.",
    "Back in stock in two weeks. Want us to notify you?",
    "Yes, as long as it hasn't shipped yet. DM us the order number.",
  ],
  other: ["Thanks for reaching out! Sending you a DM.", "Appreciate it! 🙌"],
};

export const POSTS = [
  "New week, new drop: the autumn collection is live.",
  "Behind the scenes at our Vienna workshop. Swipe to see how a jacket comes together.",
  "You asked, we listened: free returns are back for all members.",
  "Tips for caring for waxed cotton, from our product team.",
  "Meet the people who answer your messages every day.",
  "Weekend question: mountains or lakes?",
  "Our repair service turns one year old. Thank you for 4,000 repairs.",
  "Live Q&A on Thursday at 18:00. Drop your questions below.",
  "Rainy day in Vienna. Perfect weather to test the new shell jacket.",
  "Sustainability report 2026 is out: what we did, where we fell short.",
] as const;

export const CONTACT_NAMES = [
  "Lena",
  "Tobias",
  "Mia",
  "Jonas",
  "Sofia",
  "Felix",
  "Emma",
  "Lukas",
  "Hannah",
  "Noah",
  "Clara",
  "Elias",
  "Marie",
  "Paul",
  "Anna",
  "Leon",
  "Laura",
  "David",
  "Julia",
  "Max",
] as const;
